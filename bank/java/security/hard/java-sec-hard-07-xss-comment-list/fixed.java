import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

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

    /** Validates the address typed into the "invite a colleague" form. */
    public static boolean isValidInviteEmail(String email) {
        if (email == null || email.length() > 254) {
            return false;
        }
        String lower = email.toLowerCase(java.util.Locale.ROOT);
        return lower.matches("[a-z0-9]+([._-][a-z0-9]+)*@([a-z0-9-]+\\.)+[a-z]{2,24}");
    }

    /** A guest's shopping cart, kept in the `cart` cookie between visits. */
    public static final class SavedCart implements Serializable {
        private static final long serialVersionUID = 1L;
        public final ArrayList<String> skus = new ArrayList<>();
    }

    /** Rebuilds the cart from the `cart` cookie sent by the browser (a comma-separated list of SKUs). */
    public static SavedCart restoreCart(String cookieValue) throws IOException, ClassNotFoundException {
        String text = new String(Base64.getUrlDecoder().decode(cookieValue), java.nio.charset.StandardCharsets.UTF_8);
        SavedCart cart = new SavedCart();
        for (String sku : text.split(",", 101)) {
            if (sku.matches("[A-Z0-9-]{1,32}") && cart.skus.size() < 100) {
                cart.skus.add(sku);
            }
        }
        return cart;
    }

    /** HTML fragment listing the comments stored for a product page. */
    public static String renderComments(List<Comment> comments) {
        if (comments.isEmpty()) {
            return "<p class=\"empty\">No comments yet.</p>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"comments\">\n");
        for (Comment c : comments) {
            html.append("  <li><strong>").append(escapeCommentHtml(c.author())).append("</strong>: ")
                .append(escapeCommentHtml(c.body())).append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private static String escapeCommentHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
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

    private static final Set<String> PARTNER_FEED_HOSTS = Set.of("feeds.acme-supply.example", "export.northwind.example");

    /** Downloads a partner's product feed from the URL configured by a merchant (at most 10 MB). */
    public static byte[] fetchPartnerFeed(HttpClient client, String feedUrl) throws IOException, InterruptedException {
        URI uri = URI.create(feedUrl);
        if (!"https".equals(uri.getScheme()) || uri.getUserInfo() != null || !PARTNER_FEED_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("feed host is not an approved partner");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return body.readNBytes(10 * 1024 * 1024);
        }
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
}
