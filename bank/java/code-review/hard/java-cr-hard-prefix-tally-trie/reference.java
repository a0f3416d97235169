import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prefix tallies over a multiset of words, kept in a trie. */
public class Solution {
    /** Counts the stored words (with repeats) and the distinct words through a node, and the copies ending there. */
    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        long words;
        long distinct;
        long ends;
    }

    /** The nodes from the root along text, or null when the path leaves the trie (unless create). */
    private static List<Node> path(Node root, String text, boolean create) {
        List<Node> nodes = new ArrayList<>(List.of(root));
        Node node = root;
        for (char c : text.toCharArray()) {
            if (!create && !node.children.containsKey(c)) {
                return null;
            }
            node = node.children.computeIfAbsent(c, key -> new Node());
            nodes.add(node);
        }
        return nodes;
    }

    private static void change(List<Node> nodes, int delta, boolean distinct) {
        for (Node node : nodes) {
            node.words += delta;
            node.distinct += distinct ? delta : 0;
        }
    }

    public static List<Long> prefixTally(List<String> ops) {
        Node root = new Node();
        List<Long> answers = new ArrayList<>();
        for (String op : ops) {
            String[] parts = op.trim().split("\\s+");
            List<Node> nodes = path(root, parts[1], parts[0].equals("add"));
            Node last = nodes == null ? null : nodes.get(nodes.size() - 1);
            if (parts[0].equals("add")) {
                change(nodes, 1, last.ends == 0);
                last.ends++;
            } else if (parts[0].equals("del")) {
                if (last != null && last.ends > 0) {
                    last.ends--;
                    change(nodes, -1, last.ends == 0);
                }
            } else {
                answers.add(last == null ? 0 : parts[0].equals("count") ? last.words : last.distinct);
            }
        }
        return answers;
    }
}
