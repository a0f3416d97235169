import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> vowelsPerWord(String text) {
        List<Long> out = new ArrayList<>();
        long c = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                if (inWord) {
                    out.add(c);
                }
                c = 0;
                inWord = false;
            } else {
                inWord = true;
                if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u') {
                    c = c + 1;
                } else if (ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U') {
                    c = c + 1;
                }
            }
        }
        if (inWord) {
            out.add(c);
        }
        return out;
    }
}
