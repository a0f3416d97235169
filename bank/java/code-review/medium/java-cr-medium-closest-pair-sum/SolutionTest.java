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
        Assert.assertEquals(list(1L, 10L), Solution.closestPairSum(list(1L, 4L, 7L, 10L), 12L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(-5L, 3L), Solution.closestPairSum(list(-5L, 3L, 8L, 1L), 0L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.closestPairSum(list(5L), 3L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(), Solution.closestPairSum(list(), 0L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(2L, 2L), Solution.closestPairSum(list(2L, 2L), 10L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(2L, 4L), Solution.closestPairSum(list(1L, 2L, 3L, 4L), 6L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(1L, 5L), Solution.closestPairSum(list(1L, 3L, 5L, 7L), 7L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(20L, 30L), Solution.closestPairSum(list(10L, 20L, 30L), 100L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(10L, 20L), Solution.closestPairSum(list(10L, 20L, 30L), -100L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(4L, 4L), Solution.closestPairSum(list(4L, 4L, 4L), 8L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(-2L, 2L), Solution.closestPairSum(list(0L, -1L, 1L, 2L, -2L), 0L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(1L, 7L), Solution.closestPairSum(list(7L, 1L), 8L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(-4L, 9L), Solution.closestPairSum(list(3L, 9L, -4L, 6L, 0L), 5L));
    }
}
