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
        Assert.assertEquals(true, Solution.evaluateFilter("a and not b", map("a", true, "b", false)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(true, Solution.evaluateFilter("a or b and c", map("a", true, "b", false, "c", false)));
    }

    @Test
    public void case03() {
        Assert.assertEquals(false, Solution.evaluateFilter("(a or b) and c", map("a", true, "b", false, "c", false)));
    }

    @Test
    public void case04() {
        Assert.assertEquals(false, Solution.evaluateFilter("not not x", map("x", false)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(true, Solution.evaluateFilter("true and false or true", map()));
    }

    @Test
    public void case06() {
        Assert.assertEquals(false, Solution.evaluateFilter("not (a and b) or c", map("a", true, "b", true, "c", false)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(false, Solution.evaluateFilter("TRUE", map("TRUE", false)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(true, Solution.evaluateFilter("x_1 and _y", map("_y", true, "x_1", true)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(false, Solution.evaluateFilter("not a and b", map("a", false, "b", false)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(true, Solution.evaluateFilter("((flag))", map("flag", true)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(false, Solution.evaluateFilter("a or b or c", map("a", false, "b", false, "c", false)));
    }

    @Test
    public void case12() {
        Assert.assertEquals(true, Solution.evaluateFilter("false or not (p and (q or not r))", map("p", true, "q", false, "r", true, "unused", false)));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.evaluateFilter("a or missing", map("a", true)));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.evaluateFilter("a and", map("a", true)));
    }

    @Test
    public void case15() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.evaluateFilter("(a or b", map("a", true, "b", true)));
    }
}
