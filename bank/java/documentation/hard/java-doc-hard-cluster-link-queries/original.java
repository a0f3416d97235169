import java.util.ArrayList;
import java.util.List;

public class Solution {
    private static final class DisjointSets {
        private final int[] parent;
        private final long[] size;
        private long groups;

        DisjointSets(int n) {
            parent = new int[n];
            size = new long[n];
            groups = n;
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int node) {
            int root = node;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[node] != root) {
                int next = parent[node];
                parent[node] = root;
                node = next;
            }
            return root;
        }

        void union(int first, int second) {
            int a = find(first);
            int b = find(second);
            if (a == b) {
                return;
            }
            if (size[a] < size[b]) {
                int swap = a;
                a = b;
                b = swap;
            }
            parent[b] = a;
            size[a] += size[b];
            groups--;
        }
    }

    public static List<Long> clusterQueries(long n, List<String> ops) {
        DisjointSets sets = new DisjointSets((int) n);
        List<Long> answers = new ArrayList<>();
        for (String op : ops) {
            String[] parts = op.trim().split("\\s+");
            switch (parts[0]) {
                case "link":
                    sets.union(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                    break;
                case "same":
                    boolean same = sets.find(Integer.parseInt(parts[1])) == sets.find(Integer.parseInt(parts[2]));
                    answers.add(same ? 1L : 0L);
                    break;
                case "size":
                    answers.add(sets.size[sets.find(Integer.parseInt(parts[1]))]);
                    break;
                default:
                    answers.add(sets.groups);
            }
        }
        return answers;
    }
}
