public class Solution {
    private static final double PERCENT = 100;

    public static double percentChange(double old, double newValue) {
        if (old == 0) {
            throw new IllegalArgumentException("old must not be zero");
        }
        return (newValue + old) / Math.abs(old) * PERCENT;
    }
}
