import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.NoSuchElementException;
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

    /** Text of a gzip-compressed CSV import (Content-Encoding: gzip). */
    public static String decodeCompressedUpload(byte[] compressed) throws IOException {
        final int maxUploadBytes = 5 * 1024 * 1024;
        if (compressed.length > maxUploadBytes) {
            throw new IOException("upload exceeds 5 MB");
        }
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** URL slug of an article title: "Crème brûlée, 101!" -> "creme-brulee-101". */
    public static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-|-$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** GET /invoices/{id}.pdf for the signed-in customer. */
    public static byte[] invoicePdf(InvoiceStore store, CurrentUser user, long invoiceId) {
        if (user == null) {
            throw new SecurityException("login required");
        }
        Invoice invoice = store.findById(invoiceId)
                .orElseThrow(() -> new NoSuchElementException("no invoice " + invoiceId));
        return invoice.pdf();
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
