import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cheapest segmentation of a text into dictionary words (dynamic programming). */
public class Solution {
    /** A way to split a suffix of the text: its total cost and its pieces. */
    private record Plan(long cost, List<String> pieces) {
        boolean betterThan(Plan other) {
            if (other == null) {
                return true;
            }
            if (cost != other.cost) {
                return cost < other.cost;
            }
            if (pieces.size() == other.pieces.size()) {
                return pieces.size() < other.pieces.size();
            }
            for (int i = 0; i < pieces.size(); i++) {
                int order = pieces.get(i).compareTo(other.pieces.get(i));
                if (order != 0) {
                    return order < 0;
                }
            }
            return false;
        }
    }

    public static List<String> cheapestSplit(String text, Map<String, Long> dictionary) {
        Plan[] plans = new Plan[text.length() + 1];
        plans[text.length()] = new Plan(0, List.of());
        for (int start = text.length() - 2; start >= 0; start--) {
            for (int end = start + 1; end <= text.length(); end++) {
                Long cost = dictionary.get(text.substring(start, end));
                if (cost == null || plans[end] == null) {
                    continue;
                }
                List<String> pieces = new ArrayList<>();
                pieces.add(text.substring(start, end));
                pieces.addAll(plans[end].pieces());
                Plan candidate = new Plan(cost + plans[end].cost(), pieces);
                plans[start] = candidate.betterThan(plans[start]) ? candidate : plans[start];
            }
        }
        if (plans[0] != null) {
            throw new IllegalArgumentException("the text cannot be split into dictionary words");
        }
        return plans[0].pieces();
    }
}
