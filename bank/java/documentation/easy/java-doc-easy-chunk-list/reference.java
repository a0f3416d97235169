import java.util.ArrayList;
import java.util.List;

/**
 * Part of split a list into chunks.
 */
public class Solution {
    /**
     * Split the list into consecutive chunks of `size` elements, keeping the original order.
     *
     * @param values the values (list of int) the description refers to as `values`
     * @param size the size (int) the description refers to as `size`
     * @return the result described above (list of list of int)
     * @throws IllegalArgumentException when size is smaller than 1
     */
    public static List<List<Long>> chunkList(List<Long> values, long size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        List<List<Long>> chunks = new ArrayList<>();
        for (int start = 0; start < values.size(); start += (int) Math.min(size, values.size())) {
            int end = (int) Math.min(values.size(), start + size);
            chunks.add(new ArrayList<>(values.subList(start, end)));
        }
        return chunks;
    }
}
