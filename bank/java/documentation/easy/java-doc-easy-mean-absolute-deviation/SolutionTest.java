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
        Assert.assertEquals(1.0, Solution.meanAbsoluteDeviation(list(1L, 2L, 3L, 4L)), 1e-6);
    }

    @Test
    public void case02() {
        Assert.assertEquals(1.5, Solution.meanAbsoluteDeviation(list(1L, 1L, 1L, 5L)), 1e-6);
    }

    @Test
    public void case03() {
        Assert.assertEquals(0.0, Solution.meanAbsoluteDeviation(list(5L)), 1e-6);
    }

    @Test
    public void case04() {
        Assert.assertEquals(0.0, Solution.meanAbsoluteDeviation(list(2L, 2L, 2L)), 1e-6);
    }

    @Test
    public void case05() {
        Assert.assertEquals(1.0, Solution.meanAbsoluteDeviation(list(1L, 3L)), 1e-6);
    }

    @Test
    public void case06() {
        Assert.assertEquals(5.0, Solution.meanAbsoluteDeviation(list(0L, 10L)), 1e-6);
    }

    @Test
    public void case07() {
        Assert.assertEquals(0.6666666667, Solution.meanAbsoluteDeviation(list(1L, 2L, 3L)), 1e-6);
    }

    @Test
    public void case08() {
        Assert.assertEquals(5.0, Solution.meanAbsoluteDeviation(list(-5L, 5L)), 1e-6);
    }

    @Test
    public void case09() {
        Assert.assertEquals(12.0, Solution.meanAbsoluteDeviation(list(10L, 20L, 30L, 40L, 50L)), 1e-6);
    }

    @Test
    public void case10() {
        Assert.assertEquals(1.0, Solution.meanAbsoluteDeviation(list(-3L, -1L)), 1e-6);
    }

    @Test
    public void case11() {
        Assert.assertEquals(3.375, Solution.meanAbsoluteDeviation(list(0L, 0L, 0L, 9L)), 1e-6);
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.meanAbsoluteDeviation(list()));
    }
}
