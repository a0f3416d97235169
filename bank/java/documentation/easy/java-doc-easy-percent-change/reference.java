/**
 * Part of percentage change.
 */
public class Solution {
    private static final double PERCENT = 100;

    /**
     * Return the change from `old` to `new` as a percentage of the size of `old`: (new - old) / |old| * 100.
     *
     * @param old the old (float) the description refers to as `old`
     * @param newValue the newValue to work on
     * @return the result described above (float)
     * @throws IllegalArgumentException when old is zero
     */
    public static double percentChange(double old, double newValue) {
        if (old == 0) {
            throw new IllegalArgumentException("old must not be zero");
        }
        return (newValue - old) / Math.abs(old) * PERCENT;
    }
}
