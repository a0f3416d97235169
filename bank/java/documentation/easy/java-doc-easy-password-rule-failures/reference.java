import java.util.ArrayList;
import java.util.List;

/**
 * Part of failed password rules.
 */
public class Solution {
    private static final int MIN_LENGTH = 8;

    /**
     * Check a password against five rules and return the names of the rules it breaks, in this order: "length" when it has fewer than 8 characters, "upper" when it has no upper-case letter A to Z, "lower" when it has no lower-case letter a to z, "digit" when it has no digit 0 to 9, and "space" when it contains a space character.
     *
     * @param password the password (string) the description refers to as `password`
     * @return the result described above (list of string)
     */
    public static List<String> passwordRuleFailures(String password) {
        List<String> failures = new ArrayList<>();
        addUnless(failures, "length", password.length() >= MIN_LENGTH);
        addUnless(failures, "upper", hasInRange(password, 'A', 'Z'));
        addUnless(failures, "lower", hasInRange(password, 'a', 'z'));
        addUnless(failures, "digit", hasInRange(password, '0', '9'));
        addUnless(failures, "space", password.indexOf(' ') < 0);
        return failures;
    }

    private static void addUnless(List<String> failures, String rule, boolean passes) {
        if (!passes) {
            failures.add(rule);
        }
    }

    private static boolean hasInRange(String password, char low, char high) {
        return password.chars().anyMatch(c -> c >= low && c <= high);
    }
}
