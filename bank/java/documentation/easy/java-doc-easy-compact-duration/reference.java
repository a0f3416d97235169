import java.util.ArrayList;
import java.util.List;

/**
 * Part of compact duration text.
 */
public class Solution {
    private static final String[] LETTERS = {"d", "h", "m", "s"};
    private static final long[] LENGTHS = {86_400, 3_600, 60, 1};

    /**
     * Write a number of seconds as days, hours, minutes and seconds, where a day has 24 hours, an hour 60 minutes and a minute 60 seconds.
     *
     * @param seconds the seconds (int) the description refers to as `seconds`
     * @return the result described above (string)
     * @throws IllegalArgumentException when seconds is negative
     */
    public static String compactDuration(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must not be negative");
        }
        List<String> parts = new ArrayList<>();
        long remaining = seconds;
        for (int i = 0; i < LETTERS.length; i++) {
            long count = remaining / LENGTHS[i];
            remaining %= LENGTHS[i];
            if (count > 0) {
                parts.add(count + LETTERS[i]);
            }
        }
        return parts.isEmpty() ? "0s" : String.join(" ", parts);
    }
}
