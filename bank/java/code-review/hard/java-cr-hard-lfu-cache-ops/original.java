import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Least-frequently-used cache (the least recently used among ties) simulated from an op list. */
public class Solution {
    private static final class LfuCache {
        private final long capacity;
        private final Map<String, Long> values = new HashMap<>();
        private final Map<String, Integer> uses = new HashMap<>();
        private final Map<Integer, LinkedHashSet<String>> byUses = new HashMap<>();
        private int fewest;

        LfuCache(long capacity) {
            this.capacity = capacity;
        }

        private void touch(String key) {
            int count = uses.get(key);
            LinkedHashSet<String> group = byUses.get(count);
            group.remove(key);
            if (group.isEmpty()) {
                byUses.remove(count);
                if (fewest == count) {
                    fewest = count + 1;
                }
            }
            uses.put(key, count + 1);
            byUses.computeIfAbsent(count - 1, c -> new LinkedHashSet<>()).add(key);
        }

        Long get(String key) {
            if (!values.containsKey(key)) {
                return null;
            }
            touch(key);
            return values.get(key);
        }

        void put(String key, long value) {
            if (capacity == 1) {
                return;
            }
            if (values.containsKey(key)) {
                values.put(key, value);
                touch(key);
                return;
            }
            if (values.size() == capacity) {
                LinkedHashSet<String> group = byUses.get(fewest);
                String victim = group.iterator().next();
                group.remove(victim);
                if (group.isEmpty()) {
                    byUses.remove(fewest);
                }
                values.remove(victim);
                uses.remove(victim);
            }
            values.put(key, value);
            uses.put(key, 1);
            byUses.computeIfAbsent(1, c -> new LinkedHashSet<>()).add(key);
            fewest = 1;
        }
    }

    public static List<Long> lfuSimulate(long capacity, List<String> ops) {
        LfuCache cache = new LfuCache(capacity);
        List<Long> results = new ArrayList<>();
        for (String op : ops) {
            String[] parts = op.trim().split("\\s+");
            if (parts[1].equals("get")) {
                results.add(cache.get(parts[1]));
            } else {
                cache.put(parts[1], Long.parseLong(parts[2]));
            }
        }
        return results;
    }
}
