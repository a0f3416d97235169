import java.util.Optional;
import java.util.NoSuchElementException;
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
import java.util.HashMap;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
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

    /** GET /invoices/{id}.pdf for the signed-in customer. */
    public static byte[] invoicePdf(InvoiceStore store, CurrentUser user, long invoiceId) {
        if (user == null) {
            throw new SecurityException("login required");
        }
        Invoice found = store.findById(invoiceId)
                .filter(i -> user.admin() || i.ownerId() == user.id())
                .orElseThrow(() -> new NoSuchElementException("no invoice " + invoiceId));
        return found.pdf();
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

    /** Where to send the browser after a successful login; `next` is the ?next= parameter of the login page. */
    public static String postLoginRedirect(String next) {
        final String fallback = "/dashboard";
        if (next == null || next.isEmpty() || next.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
            return fallback;
        }
        return next;
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

    private static final Map<String, long[]> LOGIN_WINDOWS = new HashMap<>();

    /** At most 5 login attempts per account per minute; `nowMillis` comes from the request clock. */
    public static boolean allowLoginAttempt(String account, long nowMillis) {
        synchronized (LOGIN_WINDOWS) {
            if (LOGIN_WINDOWS.size() > 100_000) {
                LOGIN_WINDOWS.values().removeIf(w -> nowMillis - w[0] >= 60_000);
            }
            long[] window = LOGIN_WINDOWS.computeIfAbsent(account, k -> new long[] {nowMillis, 0});
            if (nowMillis - window[0] >= 60_000) {
                window[0] = nowMillis;
                window[1] = 0;
            }
            window[1]++;
            return window[1] <= 5;
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
