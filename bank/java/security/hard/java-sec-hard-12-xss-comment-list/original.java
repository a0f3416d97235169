import java.util.Optional;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
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

    /** HTML fragment listing the comments stored for a product page. */
    public static String renderComments(List<Comment> comments) {
        if (comments.isEmpty()) {
            return "<p class=\"empty\">No comments yet.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"comments\">\n");
        for (Comment c : comments) {
            html.append("  <li><strong>").append(c.author()).append("</strong>: ").append(c.body()).append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    /** Order numbers of one customer in the given status ("open", "shipped"...), newest first. */
    public static List<String> findOrderNumbers(Connection db, long customerId, String status) throws SQLException {
        String sql = "SELECT number FROM orders WHERE customer_id = ? AND status = '" + status + "' ORDER BY created_at DESC";
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setLong(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString("number"));
                }
            }
        }
        return numbers;
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

    /** Stores an uploaded avatar under `avatarDir` (absolute and normalised) with the client's file name. */
    public static Path saveAvatar(Path avatarDir, String fileName, byte[] image) throws IOException {
        if (image.length == 0 || image.length > 2_000_000) {
            throw new IllegalArgumentException("avatar must be between 1 byte and 2 MB");
        }
        Path target = avatarDir.resolve(fileName);
        if (!target.startsWith(avatarDir)) {
            throw new SecurityException("invalid avatar file name");
        }
        Files.write(target, image);
        return target;
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

    /** Offset and limit of one page of a listing. */
    public record PageWindow(int offset, int limit) {}

    /** Turns the ?page=&size= query values into a bounded window (pages are 1-based). */
    public static PageWindow pageWindow(String page, String size) {
        int p = parseBoundedInt(page, 1, 1, 10_000);
        int s = parseBoundedInt(size, 25, 1, 100);
        return new PageWindow((p - 1) * s, s);
    }

    private static int parseBoundedInt(String text, int fallback, int min, int max) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return fallback;
        }
        return Math.max(min, Math.min(max, Integer.parseInt(text)));
    }
}
