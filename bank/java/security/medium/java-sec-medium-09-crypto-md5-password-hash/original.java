import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

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

    /** Shows an address on the account page without revealing it fully: "jane.doe@example.com" -> "j***e@example.com". */
    public static String maskEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.length() <= 2) {
            return local.charAt(0) + "***@" + domain;
        }
        return local.charAt(0) + "***" + local.charAt(local.length() - 1) + "@" + domain;
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

    /** The value stored in users.password_hash when an account is created or its password changed. */
    public static String hashPassword(String password) {
        if (password.length() < 10) {
            throw new IllegalArgumentException("password must have at least 10 characters");
        }
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
