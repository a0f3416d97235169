import java.util.Optional;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.List;
import java.util.stream.Collectors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;

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

    /** The member badge shown next to forum posts, linking to the website from the member's profile. */
    public static String profileLink(String displayName, String website) {
        String name = escapeProfileHtml(displayName);
        if (website == null || website.isBlank()) {
            return "<span class=\"member\">" + name + "</span>";
        }
        return "<a class=\"member\" rel=\"nofollow\" href=\"" + escapeProfileHtml(website) + "\">" + name + "</a>";
    }

    private static String escapeProfileHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
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
}
