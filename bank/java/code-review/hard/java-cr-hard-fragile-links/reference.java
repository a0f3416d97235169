import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/** Fragile links: the bridges of an undirected graph (Tarjan's low-link values, iterative depth-first search). */
public class Solution {
    private static final class Search {
        private final List<List<int[]>> neighbours; // {other node, link id}
        private final int[] order;
        private final int[] low;
        private final List<List<Long>> bridges = new ArrayList<>();
        private int counter;

        Search(List<List<int[]>> neighbours) {
            this.neighbours = neighbours;
            this.order = new int[neighbours.size()];
            this.low = new int[neighbours.size()];
        }

        private int[] discover(int node, int via) {
            counter++;
            order[node] = counter;
            low[node] = counter;
            return new int[] {node, via, 0}; // {node, link used to reach it, next neighbour to try}
        }

        private void retreat(Deque<int[]> stack) {
            int node = stack.pop()[0];
            if (stack.isEmpty()) {
                return;
            }
            int parent = stack.peek()[0];
            low[parent] = Math.min(low[parent], low[node]);
            if (low[node] > order[parent]) {
                bridges.add(List.of((long) Math.min(parent, node), (long) Math.max(parent, node)));
            }
        }

        void explore(int root) {
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(discover(root, -1));
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                List<int[]> links = neighbours.get(frame[0]);
                if (frame[2] == links.size()) {
                    retreat(stack);
                    continue;
                }
                int[] link = links.get(frame[2]++);
                if (link[1] == frame[1]) {
                    continue;
                }
                if (order[link[0]] == 0) {
                    stack.push(discover(link[0], link[1]));
                } else {
                    low[frame[0]] = Math.min(low[frame[0]], order[link[0]]);
                }
            }
        }
    }

    public static List<List<Long>> fragileLinks(long n, List<List<Long>> links) {
        List<List<int[]>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (int id = 0; id < links.size(); id++) {
            int a = links.get(id).get(0).intValue();
            int b = links.get(id).get(1).intValue();
            neighbours.get(a).add(new int[] {b, id});
            neighbours.get(b).add(new int[] {a, id});
        }
        Search search = new Search(neighbours);
        for (int node = 0; node < n; node++) {
            if (search.order[node] == 0) {
                search.explore(node);
            }
        }
        Comparator<List<Long>> byFirst = Comparator.comparing(bridge -> bridge.get(0));
        search.bridges.sort(byFirst.thenComparing(bridge -> bridge.get(1)));
        return search.bridges;
    }
}
