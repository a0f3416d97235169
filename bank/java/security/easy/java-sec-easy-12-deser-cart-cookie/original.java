import java.util.Optional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Base64;

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

    /** A guest's shopping cart, kept in the `cart` cookie between visits. */
    public static final class SavedCart implements Serializable {
        private static final long serialVersionUID = 1L;
        public final ArrayList<String> skus = new ArrayList<>();
    }

    /** Rebuilds the cart from the `cart` cookie sent by the browser. */
    public static SavedCart restoreCart(String cookieValue) throws IOException, ClassNotFoundException {
        byte[] raw = Base64.getUrlDecoder().decode(cookieValue);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            return (SavedCart) in.readObject();
        }
    }
}
