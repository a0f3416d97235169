import java.util.ArrayList;
import java.util.List;

public class Solution {
    private static boolean better(long[] a, long[] b) {
        return a[0] > b[0] || (a[0] == b[0] && a[1] < b[1]);
    }

    private static long[][][] suffixTable(List<Long> weights, List<Long> values, int capacity) {
        int count = weights.size();
        long[][][] best = new long[count + 1][capacity + 1][2];
        for (int i = count - 1; i >= 0; i--) {
            for (int room = 0; room <= capacity; room++) {
                best[i][room] = best[i + 1][room];
                long weight = weights.get(i);
                if (weight <= room) {
                    long[] rest = best[i + 1][room - (int) weight];
                    long[] taken = {rest[0] + values.get(i), rest[1] + weight};
                    best[i][room] = better(taken, best[i][room]) ? taken : best[i][room];
                }
            }
        }
        return best;
    }

    public static List<Long> chooseCargo(List<Long> weights, List<Long> values, long capacity) {
        long[][][] best = suffixTable(weights, values, (int) capacity);
        List<Long> chosen = new ArrayList<>();
        int room = (int) capacity;
        for (int i = 0; i < weights.size(); i++) {
            long weight = weights.get(i);
            if (weight > room) {
                continue;
            }
            long[] rest = best[i + 1][room - (int) weight];
            if (rest[0] + values.get(i) == best[i][room][0] && rest[1] + weight == best[i][room][1]) {
                chosen.add((long) i);
                room -= (int) weight;
            }
        }
        return chosen;
    }
}
