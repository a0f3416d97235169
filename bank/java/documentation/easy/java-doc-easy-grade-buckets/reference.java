import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Part of grade buckets.
 */
public class Solution {
    private static final String[] LETTERS = {"A", "B", "C", "D", "F"};
    private static final long[] LOWEST = {90, 80, 70, 60, 0};
    private static final long MAX_SCORE = 100;

    /**
     * Count how many scores fall into each letter grade: "A" for 90 to 100, "B" for 80 to 89, "C" for 70 to 79, "D" for 60 to 69 and "F" for 0 to 59 (all bounds included).
     *
     * @param scores the scores (list of int) the description refers to as `scores`
     * @return the result described above (map of int)
     */
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
