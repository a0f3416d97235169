import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<String> splitCsvLine(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (true) {
            String f = "";
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    if (line.charAt(i) == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            f = f + "\"";
                            i = i + 2;
                        } else {
                            closed = true;
                            i = i + 1;
                            break;
                        }
                    } else {
                        f = f + line.charAt(i);
                        i++;
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("unterminated");
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("bad char after quote");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    f = f + line.charAt(i);
                    i++;
                }
            }
            out.add(f);
            if (i >= line.length()) {
                break;
            }
            i++;
        }
        return out;
    }
}
