import java.util.List;

public class Solution {
    public static long lowestBalance(long start, List<Long> changes) {
        long balance = start;
        long lowest = start;
        for (long change : changes) {
            balance += change;
            lowest = Math.min(lowest, balance);
        }
        return lowest;
    }
}
