import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> risingChain(List<Long> prices) {
        List<Long> res = new ArrayList<>();
        if (prices.size() == 0) {
            return res;
        }
        int[] len = new int[prices.size()];
        for (int i = prices.size() - 1; i >= 0; i--) {
            len[i] = 1;
            for (int j = i + 1; j < prices.size(); j++) {
                if (prices.get(j) > prices.get(i)) {
                    if (len[j] + 1 > len[i]) {
                        len[i] = len[j] + 1;
                    }
                }
            }
        }
        int max = 0;
        for (int i = 0; i < len.length; i++) {
            if (len[i] > max) {
                max = len[i];
            }
        }
        int pos = 0;
        int need = max;
        while (need > 0) {
            int best = -1;
            for (int j = pos; j < prices.size(); j++) {
                if (len[j] == need) {
                    if (res.size() == 0) {
                        if (best < 0 || prices.get(j) < prices.get(best)) {
                            best = j;
                        }
                    } else {
                        if (prices.get(j) > res.get(res.size() - 1)) {
                            if (best < 0 || prices.get(j) < prices.get(best)) {
                                best = j;
                            }
                        }
                    }
                }
            }
            res.add(prices.get(best));
            pos = best + 1;
            need = need - 1;
        }
        return res;
    }
}
