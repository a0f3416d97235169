import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<String> wrapWords(String text, long width) {
        List<String> words = new ArrayList<>();
        String w = "";
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                if (w.length() > 0) {
                    words.add(w);
                }
                w = "";
            } else {
                w = w + text.charAt(i);
            }
        }
        if (w.length() > 0) {
            words.add(w);
        }
        List<String> lines = new ArrayList<>();
        String line = "";
        for (int i = 0; i < words.size(); i++) {
            if (line.length() == 0) {
                line = words.get(i);
            } else {
                if (line.length() + 1 + words.get(i).length() <= width) {
                    line = line + " " + words.get(i);
                } else {
                    lines.add(line);
                    line = words.get(i);
                }
            }
        }
        if (line.length() > 0) {
            lines.add(line);
        }
        return lines;
    }
}
