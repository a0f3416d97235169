import java.util.List;

/**
 * Part of lowest running balance.
 */
public class Solution {
    /**
     * An account starts at `start` and the `changes` are applied to it one after another (a positive change is a deposit, a negative one a withdrawal).
     *
     * @param start the start (int) the description refers to as `start`
     * @param changes the changes (list of int) the description refers to as `changes`
     * @return the result described above (int)
     */
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
