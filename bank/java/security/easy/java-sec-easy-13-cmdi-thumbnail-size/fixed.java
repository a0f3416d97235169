import java.util.Optional;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.NoSuchElementException;

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

    /** Writes a thumbnail of `source` to `target`; `size` comes from the upload form, e.g. "320x240". */
    public static void makeThumbnail(Path source, Path target, String size) throws IOException, InterruptedException {
        if (!size.matches("\\d{1,4}x\\d{1,4}")) {
            throw new IllegalArgumentException("invalid thumbnail size");
        }
        Process proc = new ProcessBuilder("convert", source.toString(), "-thumbnail", size, target.toString())
                .redirectErrorStream(true).start();
        proc.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (proc.waitFor() != 0) {
            throw new IOException("convert exited with " + proc.exitValue());
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

    /** GET /invoices/{id}.pdf for the signed-in customer. */
    public static byte[] invoicePdf(InvoiceStore store, CurrentUser user, long invoiceId) {
        if (user == null) {
            throw new SecurityException("login required");
        }
        Invoice found = store.findById(invoiceId)
                .filter(i -> user.admin() || i.ownerId() == user.id())
                .orElseThrow(() -> new NoSuchElementException("no invoice " + invoiceId));
        return found.pdf();
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
}
