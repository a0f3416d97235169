import java.util.Optional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.io.Reader;
import java.util.Properties;
import java.util.TreeMap;
import java.text.Normalizer;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

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

    /** HTML fragment listing the comments stored for a product page. */
    public static String renderComments(List<Comment> comments) {
        if (comments.isEmpty()) {
            return "<p class=\"empty\">No comments yet.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"comments\">\n");
        for (Comment c : comments) {
            html.append("  <li><strong>").append(c.author()).append("</strong>: ").append(c.body()).append("</li>\n");
        }
        return html.append("</ul>\n").toString();
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
}
