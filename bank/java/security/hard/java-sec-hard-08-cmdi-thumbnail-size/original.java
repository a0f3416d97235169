import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
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

    /** Writes a thumbnail of `source` to `target`; `size` comes from the upload form, e.g. "320x240". */
    public static void makeThumbnail(Path source, Path target, String size) throws IOException, InterruptedException {
        if (size.isEmpty() || size.length() > 16 || size.contains(";") || size.contains("|") || size.contains("&")) {
            throw new IllegalArgumentException("invalid thumbnail size");
        }
        String command = "convert '" + source + "' -thumbnail " + size + " '" + target + "'";
        Process proc = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        proc.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (proc.waitFor() != 0) {
            throw new IOException("convert exited with " + proc.exitValue());
        }
    }

    /** Stores an uploaded avatar under `avatarDir` (absolute and normalised) with the client's file name. */
    public static Path saveAvatar(Path avatarDir, String fileName, byte[] image) throws IOException {
        if (image.length == 0 || image.length > 2_000_000) {
            throw new IllegalArgumentException("avatar must be between 1 byte and 2 MB");
        }
        Path target = avatarDir.resolve(fileName);
        if (!target.startsWith(avatarDir)) {
            throw new SecurityException("invalid avatar file name");
        }
        Files.write(target, image);
        return target;
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
}
