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
        Assert.assertEquals(50.0, Solution.percentChange(50.0, 75.0), 1e-6);
    }

    @Test
    public void case02() {
        Assert.assertEquals(-25.0, Solution.percentChange(200.0, 150.0), 1e-6);
    }

    @Test
    public void case03() {
        Assert.assertEquals(0.0, Solution.percentChange(10.0, 10.0), 1e-6);
    }

    @Test
    public void case04() {
        Assert.assertEquals(-100.0, Solution.percentChange(1.0, 0.0), 1e-6);
    }

    @Test
    public void case05() {
        Assert.assertEquals(33.3333333333, Solution.percentChange(3.0, 4.0), 1e-6);
    }

    @Test
    public void case06() {
        Assert.assertEquals(50.0, Solution.percentChange(-10.0, -5.0), 1e-6);
    }

    @Test
    public void case07() {
        Assert.assertEquals(-100.0, Solution.percentChange(-10.0, -20.0), 1e-6);
    }

    @Test
    public void case08() {
        Assert.assertEquals(200.0, Solution.percentChange(0.5, 1.5), 1e-6);
    }

    @Test
    public void case09() {
        Assert.assertEquals(-37.5, Solution.percentChange(4.0, 2.5), 1e-6);
    }

    @Test
    public void case10() {
        Assert.assertEquals(900.0, Solution.percentChange(100.0, 1000.0), 1e-6);
    }

    @Test
    public void case11() {
        Assert.assertEquals(150.0, Solution.percentChange(-4.0, 2.0), 1e-6);
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.percentChange(0.0, 5.0));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.percentChange(0.0, 0.0));
    }
}
