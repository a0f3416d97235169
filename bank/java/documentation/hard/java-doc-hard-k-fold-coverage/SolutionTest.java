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
        Assert.assertEquals(4L, Solution.coveredAtLeast(list(list(1L, 5L), list(2L, 7L), list(6L, 9L)), 2L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(8L, Solution.coveredAtLeast(list(list(1L, 5L), list(2L, 7L), list(6L, 9L)), 1L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.coveredAtLeast(list(list(1L, 5L), list(2L, 7L), list(6L, 9L)), 3L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(0L, Solution.coveredAtLeast(list(), 1L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(0L, Solution.coveredAtLeast(list(list(0L, 2L), list(2L, 4L)), 2L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(4L, Solution.coveredAtLeast(list(list(0L, 2L), list(2L, 4L)), 1L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(5L, Solution.coveredAtLeast(list(list(3L, 8L), list(3L, 8L), list(3L, 8L)), 3L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(2L, Solution.coveredAtLeast(list(list(-5L, -1L), list(-3L, 2L)), 2L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(6L, Solution.coveredAtLeast(list(list(0L, 10L), list(2L, 3L), list(4L, 6L), list(5L, 9L)), 2L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(1L, Solution.coveredAtLeast(list(list(0L, 10L), list(2L, 3L), list(4L, 6L), list(5L, 9L)), 3L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(0L, Solution.coveredAtLeast(list(list(0L, 1L)), 5L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(24L, Solution.coveredAtLeast(list(list(21L, 25L), list(13L, 16L), list(24L, 38L), list(17L, 29L), list(17L, 25L), list(13L, 25L), list(3L, 8L), list(30L, 42L), list(18L, 33L), list(25L, 35L), list(20L, 22L), list(3L, 15L), list(2L, 4L), list(-5L, 1L), list(29L, 41L)), 3L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(2561L, Solution.coveredAtLeast(list(list(1294L, 1412L), list(1410L, 1619L), list(3551L, 3745L), list(3505L, 3537L), list(4480L, 5475L), list(1186L, 1850L), list(2201L, 2496L), list(2991L, 3399L), list(78L, 567L), list(4268L, 4740L), list(2237L, 3098L), list(2901L, 3401L), list(1130L, 1241L), list(1179L, 1753L), list(1823L, 2816L), list(2940L, 3407L), list(3091L, 3715L), list(4858L, 4908L), list(4589L, 4924L), list(2087L, 3078L)), 2L));
    }
}
