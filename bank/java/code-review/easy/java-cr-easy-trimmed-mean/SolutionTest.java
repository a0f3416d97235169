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
        Assert.assertEquals(2.5, Solution.trimmedMean(list(1.0, 2.0, 3.0, 4.0)), 1e-6);
    }

    @Test
    public void case02() {
        Assert.assertEquals(5.0, Solution.trimmedMean(list(5.0, 1.0, 9.0)), 1e-6);
    }

    @Test
    public void case03() {
        Assert.assertEquals(2.0, Solution.trimmedMean(list(2.0, 2.0, 2.0)), 1e-6);
    }

    @Test
    public void case04() {
        Assert.assertEquals(5.5, Solution.trimmedMean(list(1.0, 1.0, 10.0, 10.0)), 1e-6);
    }

    @Test
    public void case05() {
        Assert.assertEquals(1.75, Solution.trimmedMean(list(-3.5, 0.0, 3.5, 100.0)), 1e-6);
    }

    @Test
    public void case06() {
        Assert.assertEquals(0.25, Solution.trimmedMean(list(0.1, 0.2, 0.3, 0.4)), 1e-6);
    }

    @Test
    public void case07() {
        Assert.assertEquals(5.0, Solution.trimmedMean(list(7.0, 3.0, 5.0, 1.0, 9.0)), 1e-6);
    }

    @Test
    public void case08() {
        Assert.assertEquals(-2.0, Solution.trimmedMean(list(-1.0, -2.0, -3.0)), 1e-6);
    }

    @Test
    public void case09() {
        Assert.assertEquals(2.5, Solution.trimmedMean(list(1000000.0, 1.0, 2.0, 3.0)), 1e-6);
    }

    @Test
    public void case10() {
        Assert.assertEquals(2.1666666667, Solution.trimmedMean(list(1.5, 2.5, 2.5, 100.0, -100.0)), 1e-6);
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.trimmedMean(list()));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.trimmedMean(list(1.0, 2.0)));
    }
}
