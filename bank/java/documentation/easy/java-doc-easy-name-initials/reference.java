import java.util.Locale;

/**
 * Part of initials of a name.
 */
public class Solution {
    /**
     * Build the initials of a name.
     *
     * @param name the name (string) the description refers to as `name`
     * @return the result described above (string)
     */
    public static String nameInitials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.replace('-', ' ').split(" ")) {
            if (!part.isEmpty()) {
                initials.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append('.');
            }
        }
        return initials.toString();
    }
}
