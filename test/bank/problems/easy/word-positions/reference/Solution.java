import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static Map<String, List<Long>> wordPositions(List<String> words, Long limit) {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        int count = limit == null ? words.size() : (int) Math.min(limit, words.size());
        Map<String, List<Long>> positions = new HashMap<>();
        for (int i = 0; i < count; i++) {
            positions.computeIfAbsent(words.get(i), key -> new ArrayList<>()).add((long) i);
        }
        return positions;
    }
}
