import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

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

    /** Encrypts a third-party OAuth token before it is stored in the integrations table. */
    public static String sealIntegrationToken(SecretKey key, String token) throws GeneralSecurityException {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("token is required");
        }
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(sealed);
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

    /** ETag header for a static asset response, so browsers can revalidate with If-None-Match. */
    public static String etagFor(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JDK", e);
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
