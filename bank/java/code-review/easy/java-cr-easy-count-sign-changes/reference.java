import java.util.List;

public class Solution {
    public static long countSignChanges(List<Long> values) {
        long changes = 0;
        long previousSign = 0;
        for (long value : values) {
            long sign = Long.signum(value);
            if (sign == 0) {
                continue;
            }
            if (previousSign != 0 && sign != previousSign) {
                changes++;
            }
            previousSign = sign;
        }
        return changes;
    }
}
