import java.util.Optional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class Solution {
    /** The signed-in user, as resolved by the authentication filter. */
    public record CurrentUser(long id, String email, boolean admin) {}

    /** A stored invoice and its rendered PDF. */
    public record Invoice(long id, long ownerId, String number, byte[] pdf) {}

    /** A comment on a product page. */
    public record Comment(String author, String body) {}

    /** Invoice persistence. */
    public interface InvoiceStore {
        Optional<Invoice> findById(long id);
    }

    /** Pending password-reset tokens, keyed by account e-mail. */
    public interface ResetTokenStore {
        /** The pending token for this e-mail, or null when no reset was requested. */
        String tokenFor(String email);
        void clear(String email);
    }

    /** Account credentials; setPassword hashes the password before storing it. */
    public interface PasswordStore {
        void setPassword(String email, String newPassword);
    }

    /** Customer wallets. */
    public interface WalletStore {
        void credit(long userId, long cents);
    }

    /** MIME type of an uploaded file as reported by file(1), e.g. "image/png". */
    public static String detectMimeType(Path upload) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder("file", "--brief", "--mime-type", "--", upload.toString())
                .redirectErrorStream(true)
                .start();
        byte[] out = proc.getInputStream().readNBytes(256);
        if (!proc.waitFor(5, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new IOException("file(1) timed out");
        }
        return new String(out, StandardCharsets.UTF_8).trim();
    }

    /** Inclusive date range of a sales report. */
    public record ReportRange(LocalDate from, LocalDate to) {}

    /** Parses the ?from=&to= ISO dates of the sales report; at most one year, `to` not before `from`. */
    public static ReportRange parseReportRange(String from, String to) {
        try {
            LocalDate start = LocalDate.parse(from);
            LocalDate end = LocalDate.parse(to);
            if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 366) {
                throw new IllegalArgumentException("range must be 0 to 366 days");
            }
            return new ReportRange(start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dates must be YYYY-MM-DD", e);
        }
    }

    /** SKUs of the <item> elements in an XML invoice uploaded by a supplier. */
    public static List<String> importLineItems(InputStream xml)
            throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        Document doc = builder.parse(xml);
        NodeList items = doc.getElementsByTagName("item");
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < items.getLength() && i < 10_000; i++) {
            skus.add(items.item(i).getAttributes().getNamedItem("sku").getTextContent().trim());
        }
        return skus;
    }

    /** The member badge shown next to forum posts, linking to the website from the member's profile. */
    public static String profileLink(String displayName, String website) {
        String name = escapeProfileHtml(displayName);
        if (website == null || website.isBlank()) {
            return "<span class=\"member\">" + name + "</span>";
        }
        return "<a class=\"member\" rel=\"nofollow\" href=\"" + escapeProfileHtml(website) + "\">" + name + "</a>";
    }

    private static String escapeProfileHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** The value stored in users.password_hash when an account is created or its password changed. */
    public static String hashPassword(String password) {
        if (password.length() < 10) {
            throw new IllegalArgumentException("password must have at least 10 characters");
        }
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the X-Signature header (hex HMAC-SHA256 of the raw body) of an incoming partner webhook. */
    public static boolean verifyWebhookSignature(byte[] secret, byte[] body, String signatureHex)
            throws GeneralSecurityException {
        if (signatureHex == null || !signatureHex.matches("[0-9a-fA-F]{64}")) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] expected = mac.doFinal(body);
        byte[] supplied = HexFormat.of().parseHex(signatureHex);
        return MessageDigest.isEqual(expected, supplied);
    }
}
