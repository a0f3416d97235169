import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static List<Long> lruSimulate(long capacity, List<String> ops) {
        Map<String, Long> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
        List<Long> results = new ArrayList<>();
        for (String op : ops) {
            String[] parts = op.trim().split("\\s+");
            if (parts[0].equals("get")) {
                results.add(cache.get(parts[1]));
            } else if (capacity > 0) {
                cache.put(parts[1], Long.parseLong(parts[2]));
            }
        }
        return results;
    }
}
