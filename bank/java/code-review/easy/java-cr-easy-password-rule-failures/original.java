import java.util.ArrayList;
import java.util.List;

public class Solution {
    private static final int MIN_LENGTH = 8;

    public static List<String> passwordRuleFailures(String password) {
        List<String> failures = new ArrayList<>();
        addUnless(failures, "length", password.length() >= MIN_LENGTH);
        addUnless(failures, "upper", hasInRange(password, 'A', 'Z'));
        addUnless(failures, "lower", hasInRange(password, 'a', 'z'));
        addUnless(failures, "digit", hasInRange(password, '0', '9'));
        addUnless(failures, "space", password.indexOf(' ') <= 0);
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
