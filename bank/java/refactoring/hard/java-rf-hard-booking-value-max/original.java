import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static long maxBookingValue(List<List<Long>> bookings) {
        List<List<Long>> b = new ArrayList<>(bookings);
        for (int i = 0; i < b.size(); i++) {
            for (int j = 0; j + 1 < b.size() - i; j++) {
                if (b.get(j).get(1) > b.get(j + 1).get(1)) {
                    List<Long> tmp = b.get(j);
                    b.set(j, b.get(j + 1));
                    b.set(j + 1, tmp);
                }
            }
        }
        long[] best = new long[b.size() + 1];
        best[0] = 0;
        for (int i = 0; i < b.size(); i++) {
            long take = b.get(i).get(2);
            int p = 0;
            for (int j = 0; j < i; j++) {
                if (b.get(j).get(1) <= b.get(i).get(0)) {
                    p = j + 1;
                }
            }
            take = take + best[p];
            if (take > best[i]) {
                best[i + 1] = take;
            } else {
                best[i + 1] = best[i];
            }
        }
        return best[b.size()];
    }
}
