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
        Assert.assertEquals(1L, Solution.minSplitDifference(list(1L, 6L, 11L, 5L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(7L, Solution.minSplitDifference(list(10L, 1L, 1L, 1L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.minSplitDifference(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(7L, Solution.minSplitDifference(list(7L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(0L, Solution.minSplitDifference(list(3L, 3L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(0L, Solution.minSplitDifference(list(1L, 2L, 3L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(1L, Solution.minSplitDifference(list(2L, 2L, 2L, 2L, 3L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(0L, Solution.minSplitDifference(list(0L, 0L, 0L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(1L, Solution.minSplitDifference(list(8L, 6L, 5L, 4L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(94L, Solution.minSplitDifference(list(100L, 99L, 98L, 1L, 2L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(5L, Solution.minSplitDifference(list(5L, 5L, 5L, 5L, 5L, 5L, 5L)));
    }

    @Test
    public void case12() {
        Assert.assertEquals(1L, Solution.minSplitDifference(list(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 20L)));
    }

    @Test
    public void case13() {
        Assert.assertEquals(4L, Solution.minSplitDifference(list(13L, 27L, 31L, 4L, 9L, 18L)));
    }

    @Test
    public void case14() {
        Assert.assertEquals(0L, Solution.minSplitDifference(list(1000000000000L, 1L, 999999999999L)));
    }
}
