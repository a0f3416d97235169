import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<List<Long>> chunkList(List<Long> values, long size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        List<List<Long>> chunks = new ArrayList<>();
        for (int start = 1; start < values.size(); start += (int) Math.min(size, values.size())) {
            int end = (int) Math.min(values.size(), start + size);
            chunks.add(new ArrayList<>(values.subList(start, end)));
        }
        return chunks;
    }
}
