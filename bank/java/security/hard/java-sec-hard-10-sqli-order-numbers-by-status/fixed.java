import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

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

    /** Encrypts a third-party OAuth token before it is stored in the integrations table. */
    public static String sealIntegrationToken(SecretKey key, String token) throws GeneralSecurityException {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("token is required");
        }
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[iv.length + sealed.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(sealed, 0, out, iv.length, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /** Order numbers of one customer in the given status ("open", "shipped"...), newest first. */
    public static List<String> findOrderNumbers(Connection db, long customerId, String status) throws SQLException {
        String sql = "SELECT number FROM orders WHERE customer_id = ? AND status = ? ORDER BY created_at DESC";
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setLong(1, customerId);
            st.setString(2, status);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString("number"));
                }
            }
        }
        return numbers;
    }

    /** ETag header for a static asset response, so browsers can revalidate with If-None-Match. */
    public static String etagFor(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JDK", e);
        }
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
        final int maxDecodedBytes = 50 * 1024 * 1024;
        if (compressed.length > maxUploadBytes) {
            throw new IOException("upload exceeds 5 MB");
        }
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] data = gz.readNBytes(maxDecodedBytes + 1);
            if (data.length > maxDecodedBytes) {
                throw new IOException("decompressed upload exceeds 50 MB");
            }
            return new String(data, StandardCharsets.UTF_8);
        }
    }
}
