import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Solution {
    public static long maxBookingValue(List<List<Long>> bookings) {
        List<List<Long>> ordered = new ArrayList<>(bookings);
        ordered.sort(Comparator.comparing(booking -> booking.get(1)));
        long[] best = new long[ordered.size() + 1]; // best[i]: the optimum over the first i bookings by end
        for (int i = 0; i < ordered.size(); i++) {
            long start = ordered.get(i).get(0);
            int low = 0;
            int high = i;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ordered.get(middle).get(1) <= start) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            best[i + 1] = Math.max(best[i], best[low] + ordered.get(i).get(2));
        }
        return best[ordered.size()];
    }
}
