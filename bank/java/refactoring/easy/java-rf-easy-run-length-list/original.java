import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<List<Long>> runLengthList(List<Long> values) {
        List<List<Long>> out = new ArrayList<>();
        int i = 0;
        while (i < values.size()) {
            int j = i;
            while (j < values.size() && values.get(j).longValue() == values.get(i).longValue()) {
                j = j + 1;
            }
            List<Long> pair = new ArrayList<>();
            pair.add(values.get(i));
            pair.add((long) (j - i));
            out.add(pair);
            i = j;
        }
        return out;
    }
}
