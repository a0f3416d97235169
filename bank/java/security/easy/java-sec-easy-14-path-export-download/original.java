import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

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

    /** Contents of a finished report export; `fileName` is the `file` query parameter of the download link. */
    public static byte[] downloadExport(String fileName) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("file is required");
        }
        Path file = Path.of("/var/app/exports", fileName);
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException(fileName);
        }
        return Files.readAllBytes(file);
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
}
