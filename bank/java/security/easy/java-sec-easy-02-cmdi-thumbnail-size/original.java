import java.util.Optional;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.nio.file.Path;
import java.util.HashMap;

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
}
