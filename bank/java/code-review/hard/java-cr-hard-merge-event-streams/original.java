import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Merges time-ordered event streams with a heap (k-way merge). */
public class Solution {
    private static long timeOf(String entry) {
        return Long.parseLong(entry.substring(0, entry.indexOf(' ')));
    }

    public static List<String> mergeStreams(List<List<String>> streams) {
        // {time, stream, position}: ties go to the lower stream, then the earlier position
        PriorityQueue<long[]> heads = new PriorityQueue<>((a, b) -> {
            for (int i = 0; i < 3; i++) {
                if (a[i] != b[i]) {
                    return Long.compare(a[i], b[i]);
                }
            }
            return 0;
        });
        for (int i = 0; i < streams.size(); i++) {
            if (!streams.get(i).isEmpty()) {
                heads.add(new long[] {timeOf(streams.get(i).get(1)), i, 0});
            }
        }
        List<String> merged = new ArrayList<>();
        while (!heads.isEmpty()) {
            long[] head = heads.poll();
            List<String> stream = streams.get((int) head[1]);
            String entry = stream.get((int) head[2]);
            merged.add(head[1] + ":" + entry.substring(entry.indexOf(' ') + 1));
            int next = (int) head[2] - 1;
            if (next < stream.size()) {
                heads.add(new long[] {timeOf(stream.get(next)), head[1], next});
            }
        }
        return merged;
    }
}
