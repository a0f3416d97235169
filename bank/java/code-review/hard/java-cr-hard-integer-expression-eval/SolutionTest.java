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
        Assert.assertEquals(7L, Solution.evaluateExpression("1 + 2 * 3"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(9L, Solution.evaluateExpression("(1 + 2) * 3"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(512L, Solution.evaluateExpression("2 ^ 3 ^ 2"));
    }

    @Test
    public void case04() {
        Assert.assertEquals(-4L, Solution.evaluateExpression("-2^2"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(4L, Solution.evaluateExpression("(-2)^2"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(-3L, Solution.evaluateExpression("-7 / 2"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(-1L, Solution.evaluateExpression("-7 % 2"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(1L, Solution.evaluateExpression("7%-2"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(3L, Solution.evaluateExpression("10 - 4 - 3"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(3L, Solution.evaluateExpression("--3"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(100L, Solution.evaluateExpression("100 / 7 * 7 + 100 % 7"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(-6L, Solution.evaluateExpression("2*-3"));
    }

    @Test
    public void case13() {
        Assert.assertEquals(42L, Solution.evaluateExpression("  42  "));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.evaluateExpression("1 / (3 - 3)"));
    }

    @Test
    public void case15() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.evaluateExpression("2 * (3 + 4"));
    }

    @Test
    public void case16() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.evaluateExpression("2 ^ -1"));
    }
}
