import java.util.ArrayDeque;
import java.util.Deque;

public class Solution {
    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    public static long firstBadBracket(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int closer = CLOSERS.indexOf(c);
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (closer >= 0) {
                if (open.isEmpty() || text.charAt(open.peek()) != OPENERS.charAt(closer)) {
                    return i;
                }
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }
}
