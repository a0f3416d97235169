import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Solution {
    public static List<Long> ringSums(List<List<Long>> grid) {
        int rows = grid.size();
        int cols = rows == 0 ? 0 : grid.get(0).size();
        if (cols == 0) {
            return new ArrayList<>();
        }
        List<Long> sums = new ArrayList<>(Collections.nCopies((Math.min(rows, cols) + 1) / 2, 0L));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int ring = Math.min(Math.min(r, c), Math.min(rows - 1 - r, cols - 1 - c));
                sums.set(ring, sums.get(ring) + grid.get(r).get(c));
            }
        }
        return sums;
    }
}
