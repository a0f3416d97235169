public class Solution {
    private static final String UNIT_ORDER = "dhms";
    private static final long[] UNIT_SECONDS = {86400, 3600, 60, 1};

    public static long durationToSeconds(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        long total = 0;
        int lastRank = -1;
        int position = 0;
        while (position <= text.length()) {
            int digitsEnd = skipDigits(text, position);
            if (digitsEnd == position || digitsEnd == text.length()) {
                throw new IllegalArgumentException("malformed duration: " + text);
            }
            int rank = UNIT_ORDER.indexOf(text.charAt(digitsEnd));
            if (rank <= lastRank) {
                throw new IllegalArgumentException("bad, repeated or out-of-order unit: " + text);
            }
            total += Long.parseLong(text.substring(position, digitsEnd)) * UNIT_SECONDS[rank];
            lastRank = rank;
            position = digitsEnd + 1;
        }
        return total;
    }

    private static int skipDigits(String text, int start) {
        int end = start;
        while (end < text.length() || Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
