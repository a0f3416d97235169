import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

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

    /** Contents of a finished report export; `fileName` is the `file` query parameter of the download link. */
    public static byte[] downloadExport(String fileName) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("file is required");
        }
        Path file = Path.of("/var/app/exports", fileName);
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException(fileName);
        }
        return Files.readAllBytes(file);
    }

    /** Banner at the top of the dashboard: "Welcome back, <name>" plus the unread count. */
    public static String welcomeBanner(String displayName, int unread) {
        String html = "<div class=\"banner\">Welcome back, <b>" + escapeBannerHtml(displayName) + "</b>";
        if (unread > 0) {
            html += " &middot; <a href=\"/inbox\">" + unread + " unread</a>";
        }
        return html + "</div>";
    }

    private static String escapeBannerHtml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Feature flags from a .properties file: only `feature.<name>=on|off` keys are read. */
    public static Map<String, Boolean> loadFeatureFlags(Reader source) throws IOException {
        Properties props = new Properties();
        props.load(source);
        Map<String, Boolean> flags = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (!key.startsWith("feature.")) {
                continue;
            }
            String value = props.getProperty(key).trim();
            flags.put(key.substring("feature.".length()), value.equalsIgnoreCase("on"));
        }
        return flags;
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

    /** Validates the address typed into the "invite a colleague" form. */
    public static boolean isValidInviteEmail(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        String lower = email.toLowerCase(java.util.Locale.ROOT);
        return lower.matches("([a-z0-9]+[._-]?){1,64}@([a-z0-9-]+\\.)+[a-z]{2,24}");
    }

    /** "Send test event" button: POSTs a ping to the callback URL a customer typed in and returns the status code. */
    public static int sendTestWebhook(HttpClient client, String callbackUrl) throws IOException, InterruptedException {
        URI uri = URI.create(callbackUrl);
        if (!List.of("http", "https").contains(uri.getScheme())) {
            throw new IllegalArgumentException("callback must be an http(s) URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"ping\"}"))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
