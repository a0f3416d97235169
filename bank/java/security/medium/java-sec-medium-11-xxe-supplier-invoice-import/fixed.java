import java.util.Optional;
import java.text.Normalizer;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** The value stored in users.password_hash when an account is created or its password changed. */
    public static String hashPassword(String password) {
        if (password.length() < 10) {
            throw new IllegalArgumentException("password must have at least 10 characters");
        }
        try {
            byte[] salt = new byte[16];
            new java.security.SecureRandom().nextBytes(salt);
            javax.crypto.spec.PBEKeySpec spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 210_000, 256);
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "pbkdf2$210000$" + HexFormat.of().formatHex(salt) + "$" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException | java.security.spec.InvalidKeySpecException e) {
            throw new IllegalStateException(e);
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

    /** Source of an e-mail template chosen in the admin UI, e.g. "welcome/en.html". */
    public static String readEmailTemplate(Path templateRoot, String name) throws IOException {
        Path root = templateRoot.toAbsolutePath().normalize();
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || !file.toString().endsWith(".html")) {
            throw new IllegalArgumentException("unknown template: " + name);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
