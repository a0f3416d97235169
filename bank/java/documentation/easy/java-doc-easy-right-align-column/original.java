import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<String> rightAlign(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        List<String> aligned = new ArrayList<>(lines.size());
        for (String line : lines) {
            aligned.add(" ".repeat(width - line.length()) + line);
        }
        return aligned;
    }
}
