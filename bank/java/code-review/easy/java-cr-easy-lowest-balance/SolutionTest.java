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
        Assert.assertEquals(-10L, Solution.lowestBalance(100L, list(-30L, -80L, 50L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(10L, Solution.lowestBalance(10L, list(5L, 5L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.lowestBalance(0L, list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(50L, Solution.lowestBalance(50L, list()));
    }

    @Test
    public void case05() {
        Assert.assertEquals(0L, Solution.lowestBalance(10L, list(-10L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(-15L, Solution.lowestBalance(-5L, list(10L, -20L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(-1L, Solution.lowestBalance(0L, list(1L, -1L, -1L, 1L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(-50L, Solution.lowestBalance(100L, list(-50L, -50L, -50L, 200L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(-100L, Solution.lowestBalance(-100L, list(1L, 2L, 3L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(5L, Solution.lowestBalance(5L, list(0L, 0L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(-1L, Solution.lowestBalance(1000000L, list(-999999L, -2L)));
    }

    @Test
    public void case12() {
        Assert.assertEquals(-11L, Solution.lowestBalance(3L, list(-1L, -1L, -1L, -1L, 10L, -20L)));
    }
}
