import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    private static final String[] LETTERS = {"A", "B", "C", "D", "F"};
    private static final long[] LOWEST = {90, 80, 70, 60, 0};
    private static final long MAX_SCORE = 100;

    public static Map<String, Long> gradeBuckets(List<Long> scores) {
        Map<String, Long> counts = new HashMap<>();
        for (String letter : LETTERS) {
            counts.put(letter, 0L);
        }
        for (long score : scores) {
            counts.merge(grade(score), 1L, Long::sum);
        }
        return counts;
    }

    private static String grade(long score) {
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException("score " + score + " is outside 0..100");
        }
        int index = 0;
        while (score < LOWEST[index]) {
            index++;
        }
        return LETTERS[index];
    }
}
