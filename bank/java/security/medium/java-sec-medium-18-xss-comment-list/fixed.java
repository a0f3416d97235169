import java.util.Optional;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.ArrayList;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

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

    /** SKUs of the <item> elements in an XML invoice uploaded by a supplier. */
    public static List<String> importLineItems(InputStream xml)
            throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(xml);
        NodeList items = doc.getElementsByTagName("item");
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < items.getLength() && i < 10_000; i++) {
            skus.add(items.item(i).getAttributes().getNamedItem("sku").getTextContent().trim());
        }
        return skus;
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
