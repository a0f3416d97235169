import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

public class Solution {
    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private static boolean filled(List<String> grid, int row, int col) {
        return row >= 0 && row < grid.size() && col >= 0 && col < grid.get(row).length()
            && grid.get(row).charAt(col) == '#';
    }

    private static long flood(List<String> grid, int row, int col, boolean[][] seen) {
        Deque<int[]> queue = new ArrayDeque<>();
        seen[row][col] = true;
        queue.add(new int[] {row, col});
        long size = 0;
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            size++;
            for (int[] step : STEPS) {
                int r = cell[0] + step[0];
                int c = cell[1] + step[1];
                if (filled(grid, r, c) && !seen[r][c]) {
                    seen[r][c] = true;
                    queue.add(new int[] {r, c});
                }
            }
        }
        return size;
    }

    public static List<Long> regionSizes(List<String> grid) {
        int width = grid.stream().mapToInt(String::length).max().orElse(0);
        boolean[][] seen = new boolean[grid.size()][width];
        List<Long> sizes = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            for (int col = 0; col < grid.get(row).length(); col++) {
                if (filled(grid, row, col) && !seen[row][col]) {
                    sizes.add(flood(grid, row, col, seen));
                }
            }
        }
        sizes.sort(Collections.reverseOrder());
        return sizes;
    }
}
