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
        Assert.assertEquals(14L, Solution.runPostfix(list("3", "4", "+", "2", "*")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(25L, Solution.runPostfix(list("5", "dup", "*")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(5L, Solution.runPostfix(list("2", "10", "swap", "/")));
    }

    @Test
    public void case04() {
        Assert.assertEquals(-3L, Solution.runPostfix(list("-7", "2", "/")));
    }

    @Test
    public void case05() {
        Assert.assertEquals(-3L, Solution.runPostfix(list("7", "-2", "/")));
    }

    @Test
    public void case06() {
        Assert.assertEquals(42L, Solution.runPostfix(list("42")));
    }

    @Test
    public void case07() {
        Assert.assertEquals(1L, Solution.runPostfix(list("1", "2", "drop")));
    }

    @Test
    public void case08() {
        Assert.assertEquals(343L, Solution.runPostfix(list("10", "3", "-", "dup", "dup", "*", "*")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(12L, Solution.runPostfix(list("-3", "-4", "*")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(-5L, Solution.runPostfix(list("0", "5", "-")));
    }

    @Test
    public void case11() {
        Assert.assertEquals(1L, Solution.runPostfix(list("1", "2", "3", "drop", "swap", "-")));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.runPostfix(list("1", "+")));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.runPostfix(list("4", "0", "/")));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.runPostfix(list("1", "2")));
    }
}
