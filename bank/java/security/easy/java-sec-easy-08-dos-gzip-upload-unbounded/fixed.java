import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

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
}
