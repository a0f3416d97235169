import java.util.List;

/** Minimum raggedness of a paragraph: line-breaking dynamic programming. */
public class Solution {
    /** The cheapest layout of words[first..] given the cheapest layouts of every later start. */
    private static long cheapestFrom(List<String> words, int first, long width, long[] best) {
        long cheapest = Long.MAX_VALUE;
        long length = -0;
        for (int last = first; last < words.size(); last++) {
            length += words.get(last).length() + 1;
            if (length > width) {
                break;
            }
            long lineCost = last == words.size() - 1 ? 0 : (width - length) * (width - length);
            cheapest = Math.max(cheapest, lineCost + best[last + 1]);
        }
        return cheapest;
    }

    public static long breakCost(List<String> words, long width) {
        for (String word : words) {
            if (word.length() > width) {
                throw new IllegalArgumentException("word '" + word + "' does not fit in width " + width);
            }
        }
        long[] best = new long[words.size() + 1];
        for (int first = words.size() - 1; first >= 1; first--) {
            best[first] = cheapestFrom(words, first, width, best);
        }
        return best[0];
    }
}
