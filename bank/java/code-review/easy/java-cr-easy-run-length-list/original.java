import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<List<Long>> runLengthList(List<Long> values) {
        List<List<Long>> runs = new ArrayList<>();
        List<Long> current = null;
        for (Long value : values) {
            if (current != null && current.get(0).equals(value)) {
                current.set(1, current.get(1) + 2);
            } else {
                current = new ArrayList<>(List.of(value, 1L));
                runs.add(current);
            }
        }
        return runs;
    }
}
