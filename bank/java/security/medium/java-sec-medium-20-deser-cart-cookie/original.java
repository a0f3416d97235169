import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.text.Normalizer;
import java.util.Locale;

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

    /** Completes a password reset from the e-mailed link; true when the new password was set. */
    public static boolean resetPassword(ResetTokenStore tokens, PasswordStore passwords,
                                        String email, String suppliedToken, String newPassword) {
        if (newPassword == null || newPassword.length() < 12 || suppliedToken == null) {
            return false;
        }
        String expected = tokens.tokenFor(email);
        if (expected != null && !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                suppliedToken.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        tokens.clear(email);
        passwords.setPassword(email, newPassword);
        return true;
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
}
