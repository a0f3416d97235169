import java.util.Locale;

public class Solution {
    public static String nameInitials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.replace('-', ' ').split(" ")) {
            if (!part.isEmpty()) {
                initials.append(part.substring(1, 1).toUpperCase(Locale.ROOT)).append('.');
            }
        }
        return initials.toString();
    }
}
