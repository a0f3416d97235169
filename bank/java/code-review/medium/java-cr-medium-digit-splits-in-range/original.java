import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Solution {
    public static List<String> splitInRange(String digits, long low, long high) {
        List<String> found = new ArrayList<>();
        if (!digits.isEmpty()) {
            collect(digits, low, high, "", found);
        }
        Collections.sort(found);
        return found;
    }

    private static void collect(String rest, long low, long high, String prefix,
            List<String> found) {
        for (int cut = 0; cut <= rest.length(); cut++) {
            String head = rest.substring(0, cut);
            if (!validPart(head, low, high)) {
                continue;
            }
            String joined = prefix.isEmpty() ? head : prefix + "-" + head;
            if (cut == rest.length()) {
                found.add(joined);
            } else {
                collect(rest.substring(cut), low, high, joined, found);
            }
        }
    }

    private static boolean validPart(String part, long low, long high) {
        if (part.length() > 1 && part.charAt(0) == '0') {
            return false;
        }
        long value = Long.parseLong(part);
        return low <= value && value < high;
    }
}
