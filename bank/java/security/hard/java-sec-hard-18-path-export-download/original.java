import java.util.Optional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Single-use coupon codes already paid out, and who redeemed them. */
    private static final ConcurrentHashMap<String, Long> REDEEMED_COUPONS = new ConcurrentHashMap<>();

    /** Credits a validated single-use coupon to the user's wallet; false when it was already used. */
    public static boolean redeemCoupon(WalletStore wallets, String code, long userId, long valueCents) {
        if (REDEEMED_COUPONS.containsKey(code)) {
            return false;
        }
        REDEEMED_COUPONS.put(code, userId);
        wallets.credit(userId, valueCents);
        return true;
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
