import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<List<Long>> chunkList(List<Long> values, long size) {
        if (size < 1) {
            throw new IllegalArgumentException("bad");
        }
        List<List<Long>> out = new ArrayList<>();
        List<Long> cur = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            cur.add(values.get(i));
            if (cur.size() == size) {
                out.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (cur.size() > 0) {
            out.add(cur);
        }
        return out;
    }
}
