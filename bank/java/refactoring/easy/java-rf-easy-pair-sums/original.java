import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> pairSums(List<Long> values) {
        List<Long> out = new ArrayList<>();
        int i = 0;
        while (i < values.size()) {
            if (i + 1 < values.size()) {
                long a = values.get(i);
                long b = values.get(i + 1);
                out.add(a + b);
                i = i + 2;
            } else {
                long a = values.get(i);
                out.add(a);
                i = i + 1;
            }
        }
        return out;
    }
}
