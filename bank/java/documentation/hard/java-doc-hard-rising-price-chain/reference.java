import java.util.ArrayList;
import java.util.List;

/**
 * Part of longest rising price chain.
 */
public class Solution {
    private static int[] chainLengths(List<Long> prices) {
        int[] lengths = new int[prices.size()];
        for (int i = prices.size() - 1; i >= 0; i--) {
            lengths[i] = 1;
            for (int j = i + 1; j < prices.size(); j++) {
                if (prices.get(j) > prices.get(i)) {
                    lengths[i] = Math.max(lengths[i], lengths[j] + 1);
                }
            }
        }
        return lengths;
    }

    private static int nextLink(List<Long> prices, int[] lengths, int start, Long floor, int needed) {
        int best = -1;
        for (int j = start; j < prices.size(); j++) {
            boolean usable = lengths[j] == needed && (floor == null || prices.get(j) > floor);
            if (usable && (best < 0 || prices.get(j) < prices.get(best))) {
                best = j;
            }
        }
        return best;
    }

    /**
     * Return the longest strictly increasing subsequence of `prices`: values taken in their original order, not necessarily adjacent, each larger than the previous one.
     *
     * @param prices the prices (list of int) the description refers to as `prices`
     * @return the result described above (list of int)
     */
    public static List<Long> risingChain(List<Long> prices) {
        List<Long> chain = new ArrayList<>();
        int[] lengths = chainLengths(prices);
        int longest = 0;
        for (int length : lengths) {
            longest = Math.max(longest, length);
        }
        int position = 0;
        for (int needed = longest; needed > 0; needed--) {
            Long floor = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            int index = nextLink(prices, lengths, position, floor, needed);
            chain.add(prices.get(index));
            position = index + 1;
        }
        return chain;
    }
}
