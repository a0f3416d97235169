import java.util.Optional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

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

    /** MIME type of an uploaded file as reported by file(1), e.g. "image/png". */
    public static String detectMimeType(Path upload) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder("file", "--brief", "--mime-type", "--", upload.toString())
                .redirectErrorStream(true)
                .start();
        byte[] out = proc.getInputStream().readNBytes(256);
        if (!proc.waitFor(5, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new IOException("file(1) timed out");
        }
        return new String(out, StandardCharsets.UTF_8).trim();
    }

    /** Text of a gzip-compressed CSV import (Content-Encoding: gzip). */
    public static String decodeCompressedUpload(byte[] compressed) throws IOException {
        final int maxUploadBytes = 5 * 1024 * 1024;
        final int maxDecodedBytes = 50 * 1024 * 1024;
        if (compressed.length > maxUploadBytes) {
            throw new IOException("upload exceeds 5 MB");
        }
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] data = gz.readNBytes(maxDecodedBytes + 1);
            if (data.length > maxDecodedBytes) {
                throw new IOException("decompressed upload exceeds 50 MB");
            }
            return new String(data, StandardCharsets.UTF_8);
        }
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

    /** Stores an uploaded avatar under `avatarDir` (absolute and normalised) with the client's file name. */
    public static Path saveAvatar(Path avatarDir, String fileName, byte[] image) throws IOException {
        if (image.length == 0 || image.length > 2_000_000) {
            throw new IllegalArgumentException("avatar must be between 1 byte and 2 MB");
        }
        Path target = avatarDir.resolve(fileName).normalize();
        if (!target.startsWith(avatarDir)) {
            throw new SecurityException("invalid avatar file name");
        }
        Files.write(target, image);
        return target;
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
