import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** Release order: a topological sort picking the most urgent ready task first (ties by name). */
public class Solution {
    public static List<String> releaseOrder(Map<String, Long> priorities, List<List<String>> dependencies) {
        Map<String, Set<String>> followers = new HashMap<>();
        Map<String, Integer> waiting = new HashMap<>();
        priorities.keySet().forEach(task -> waiting.put(task, 0));
        for (List<String> dependency : dependencies) {
            String before = dependency.get(0);
            String after = dependency.get(1);
            if (!priorities.containsKey(before) || !priorities.containsKey(after)) {
                throw new IllegalArgumentException("unknown task in dependency " + before + " -> " + after);
            }
            if (followers.computeIfAbsent(before, task -> new LinkedHashSet<>()).add(after)) {
                waiting.merge(after, 1, Integer::sum);
            }
        }
        Comparator<String> urgency = Comparator.comparing((String task) -> -priorities.get(task));
        PriorityQueue<String> ready = new PriorityQueue<>(urgency.thenComparing(Comparator.naturalOrder()));
        waiting.forEach((task, count) -> {
            if (count == 0) {
                ready.add(task);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String task = ready.poll();
            order.add(task);
            for (String follower : followers.getOrDefault(task, Set.of())) {
                if (waiting.merge(follower, -1, Integer::sum) == 0) {
                    ready.add(follower);
                }
            }
        }
        if (order.size() != priorities.size()) {
            throw new IllegalArgumentException("the dependencies contain a cycle");
        }
        return order;
    }
}
