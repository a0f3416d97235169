import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

public class Solution {
    private static boolean isDepot(long node, long n) {
        return node >= 0 && node < n;
    }

    private static void validateEdge(List<Long> edge, long n) {
        if (edge.size() != 3) {
            throw new IllegalArgumentException("malformed edge " + edge);
        }
        if (!isDepot(edge.get(0), n) || !isDepot(edge.get(1), n)) {
            throw new IllegalArgumentException("edge " + edge + " uses an unknown depot");
        }
        if (edge.get(2) < 1) {
            throw new IllegalArgumentException("edge " + edge + " has a non-positive travel time");
        }
    }

    private static void validate(long n, List<List<Long>> edges, long source, long target) {
        if (n < 1) {
            throw new IllegalArgumentException("there must be at least one depot");
        }
        if (!isDepot(source, n) || !isDepot(target, n)) {
            throw new IllegalArgumentException("source or target out of range");
        }
        edges.forEach(edge -> validateEdge(edge, n));
    }

    private static long[] distancesTo(int target, List<List<long[]>> incoming) {
        long[] dist = new long[incoming.size()];
        Arrays.fill(dist, -1);
        dist[target] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, target});
        while (!queue.isEmpty()) {
            long[] current = queue.poll();
            int node = (int) current[1];
            if (current[0] != dist[node]) {
                continue;
            }
            for (long[] edge : incoming.get(node)) {
                int previous = (int) edge[0];
                long candidate = current[0] + edge[1];
                if (dist[previous] < 0 || candidate < dist[previous]) {
                    dist[previous] = candidate;
                    queue.add(new long[] {candidate, previous});
                }
            }
        }
        return dist;
    }

    public static List<Long> cheapestRoute(long n, List<List<Long>> edges, long source, long target) {
        validate(n, edges, source, target);
        List<List<long[]>> outgoing = new ArrayList<>();
        List<List<long[]>> incoming = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outgoing.add(new ArrayList<>());
            incoming.add(new ArrayList<>());
        }
        for (List<Long> edge : edges) {
            outgoing.get(edge.get(0).intValue()).add(new long[] {edge.get(1), edge.get(2)});
            incoming.get(edge.get(1).intValue()).add(new long[] {edge.get(0), edge.get(2)});
        }
        long[] dist = distancesTo((int) target, incoming);
        List<Long> route = new ArrayList<>();
        if (dist[(int) source] < 0) {
            return route;
        }
        for (long node = source; ; ) {
            route.add(node);
            if (node == target) {
                return route;
            }
            long here = dist[(int) node];
            node = outgoing.get((int) node).stream()
                .filter(edge -> dist[(int) edge[0]] >= 0 && dist[(int) edge[0]] + edge[1] == here)
                .mapToLong(edge -> edge[0]).min().getAsLong();
        }
    }
}
