import java.util.Optional;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Single-use coupon codes already paid out, and who redeemed them. */
    private static final ConcurrentHashMap<String, Long> REDEEMED_COUPONS = new ConcurrentHashMap<>();

    /** Credits a validated single-use coupon to the user's wallet; false when it was already used. */
    public static boolean redeemCoupon(WalletStore wallets, String code, long userId, long valueCents) {
        if (REDEEMED_COUPONS.putIfAbsent(code, userId) != null) {
            return false;
        }
        wallets.credit(userId, valueCents);
        return true;
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
