import java.util.Optional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

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

    /** Display names of the given users (for @-mention previews), keyed by id. */
    public static Map<Long, String> findUserNames(Connection db, List<Long> ids) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty() || ids.size() > 200) {
            return names;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sql = "SELECT id, display_name FROM users WHERE id IN (" + placeholders + ")";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                st.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong("id"), rs.getString("display_name"));
                }
            }
        }
        return names;
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

    /** The request that charges a saved card at the payment provider. */
    public static HttpRequest buildChargeRequest(String customerId, long amountCents) {
        String apiKey = System.getenv("PAYMENTS_API_KEY");
        if (apiKey == null || apiKey.isEmpty()) {
            throw new IllegalStateException("PAYMENTS_API_KEY is not set");
        }
        String form = "customer=" + URLEncoder.encode(customerId, StandardCharsets.UTF_8)
                + "&amount=" + amountCents + "&currency=eur";
        return HttpRequest.newBuilder(URI.create("https://api.payments.example/v1/charges"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    /** Contents of a finished report export; `fileName` is the `file` query parameter of the download link. */
    public static byte[] downloadExport(String fileName) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("file is required");
        }
        Path root = Path.of("/var/app/exports").toAbsolutePath().normalize();
        Path file = root.resolve(fileName).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException(fileName);
        }
        return Files.readAllBytes(file);
    }

    /** Completes a password reset from the e-mailed link; true when the new password was set. */
    public static boolean resetPassword(ResetTokenStore tokens, PasswordStore passwords,
                                        String email, String suppliedToken, String newPassword) {
        if (newPassword == null || newPassword.length() < 12 || suppliedToken == null) {
            return false;
        }
        String expected = tokens.tokenFor(email);
        if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                suppliedToken.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        tokens.clear(email);
        passwords.setPassword(email, newPassword);
        return true;
    }
}
