import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

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

    /** One line of the customer CSV export; cells are quoted and spreadsheet formulas neutralised. */
    public static String csvRow(List<String> cells) {
        return cells.stream().map(Solution::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
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

    private static final Set<String> PARTNER_FEED_HOSTS = Set.of("feeds.acme-supply.example", "export.northwind.example");

    /** Downloads a partner's product feed from the URL configured by a merchant (at most 10 MB). */
    public static byte[] fetchPartnerFeed(HttpClient client, String feedUrl) throws IOException, InterruptedException {
        URI uri = URI.create(feedUrl);
        if (!"https".equals(uri.getScheme()) || uri.getUserInfo() != null || !PARTNER_FEED_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("feed host is not an approved partner");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return body.readNBytes(10 * 1024 * 1024);
        }
    }

    /** Validates the address typed into the "invite a colleague" form. */
    public static boolean isValidInviteEmail(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        String lower = email.toLowerCase(java.util.Locale.ROOT);
        return lower.matches("([a-z0-9]+[._-]?){1,64}@([a-z0-9-]+\\.)+[a-z]{2,24}");
    }

    /** Where to send the browser after a successful login; `next` is the ?next= parameter of the login page. */
    public static String postLoginRedirect(String next) {
        final String fallback = "/dashboard";
        if (next == null || next.isEmpty() || next.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        if (!next.startsWith("/")) {
            return fallback;
        }
        return next;
    }
}
