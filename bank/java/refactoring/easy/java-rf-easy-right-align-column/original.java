import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<String> rightAlign(List<String> lines) {
        int w = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > w) {
                w = lines.get(i).length();
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            while (s.length() < w) {
                s = " " + s;
            }
            out.add(s);
        }
        return out;
    }
}
