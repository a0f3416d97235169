public class Solution {
    public static String compactDuration(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("negative");
        }
        String out = "";
        long d = seconds / 86400;
        long h = (seconds % 86400) / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        if (d > 0) {
            out = out + d + "d";
        }
        if (h > 0) {
            if (out.length() > 0) {
                out = out + " ";
            }
            out = out + h + "h";
        }
        if (m > 0) {
            if (out.length() > 0) {
                out = out + " ";
            }
            out = out + m + "m";
        }
        if (s > 0) {
            if (out.length() > 0) {
                out = out + " ";
            }
            out = out + s + "s";
        }
        if (out.length() == 0) {
            out = "0s";
        }
        return out;
    }
}
