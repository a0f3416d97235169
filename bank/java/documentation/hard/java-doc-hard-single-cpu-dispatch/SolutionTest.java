import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class SolutionTest {
    @SafeVarargs
    private static <T> List<T> list(T... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object... keysAndValues) {
        Map<String, V> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    public void case01() {
        Assert.assertEquals(list(list(0L, 0L, 3L), list(2L, 3L, 4L), list(1L, 4L, 6L)), Solution.dispatchJobs(list(list(0L, 3L, 1L), list(1L, 2L, 5L), list(2L, 1L, 9L))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(), Solution.dispatchJobs(list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(list(0L, 5L, 7L)), Solution.dispatchJobs(list(list(5L, 2L, 1L))));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(list(0L, 0L, 1L), list(1L, 1L, 2L), list(2L, 2L, 3L)), Solution.dispatchJobs(list(list(0L, 1L, 1L), list(0L, 1L, 1L), list(0L, 1L, 1L))));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(list(1L, 0L, 5L), list(2L, 5L, 6L), list(0L, 6L, 7L)), Solution.dispatchJobs(list(list(2L, 1L, 3L), list(0L, 5L, 0L), list(1L, 1L, 3L))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(list(2L, 3L, 4L), list(1L, 10L, 12L), list(0L, 12L, 14L)), Solution.dispatchJobs(list(list(10L, 2L, 1L), list(10L, 2L, 4L), list(3L, 1L, 0L))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(list(0L, 0L, 2L), list(1L, 2L, 3L), list(2L, 3L, 4L)), Solution.dispatchJobs(list(list(0L, 2L, 0L), list(2L, 1L, 5L), list(3L, 1L, 9L))));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(list(1L, 0L, 1L), list(0L, 1L, 2L)), Solution.dispatchJobs(list(list(0L, 1L, -5L), list(0L, 1L, -1L))));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(list(1L, 0L, 6L), list(2L, 6L, 7L), list(0L, 7L, 9L), list(3L, 9L, 12L), list(4L, 20L, 21L)), Solution.dispatchJobs(list(list(4L, 2L, 2L), list(0L, 6L, 1L), list(1L, 1L, 7L), list(4L, 3L, 2L), list(20L, 1L, 0L))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(list(0L, 1L, 3L), list(7L, 4L, 8L), list(6L, 8L, 10L), list(3L, 10L, 12L), list(4L, 12L, 16L), list(8L, 16L, 21L), list(5L, 21L, 25L), list(1L, 25L, 29L), list(2L, 29L, 31L), list(9L, 31L, 32L)), Solution.dispatchJobs(list(list(1L, 2L, 1L), list(23L, 4L, 2L), list(25L, 2L, 2L), list(10L, 2L, 2L), list(11L, 4L, 3L), list(17L, 4L, 2L), list(6L, 2L, 3L), list(4L, 4L, 0L), list(11L, 5L, 3L), list(25L, 1L, 1L))));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(list(3L, 0L, 3L), list(8L, 3L, 6L), list(10L, 6L, 7L), list(5L, 7L, 9L), list(0L, 9L, 11L), list(11L, 11L, 12L), list(9L, 12L, 15L), list(1L, 15L, 18L), list(6L, 18L, 21L), list(2L, 21L, 24L), list(4L, 24L, 27L), list(7L, 27L, 28L)), Solution.dispatchJobs(list(list(1L, 2L, 0L), list(8L, 3L, 0L), list(2L, 3L, -2L), list(0L, 3L, -1L), list(4L, 3L, -2L), list(6L, 2L, 2L), list(8L, 3L, -1L), list(8L, 1L, -2L), list(2L, 3L, 1L), list(5L, 3L, 0L), list(4L, 1L, 2L), list(3L, 1L, 0L))));
    }
}
