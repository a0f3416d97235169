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
        Assert.assertEquals(10L, Solution.breakCost(list("aaa", "bb", "cc", "ddddd"), 6L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(0L, Solution.breakCost(list(), 5L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.breakCost(list("hello"), 5L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(0L, Solution.breakCost(list("a", "b", "c"), 1L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(4L, Solution.breakCost(list("ab", "cd"), 4L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(0L, Solution.breakCost(list("one", "two"), 20L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(4L, Solution.breakCost(list("xx", "xxxxx", "xx", "xxxxxx"), 10L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(22L, Solution.breakCost(list("the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"), 12L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(34L, Solution.breakCost(list("a", "bb", "ccc", "dddd", "eeeee", "f"), 7L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(1L, Solution.breakCost(list("aaaa", "b", "b", "aaaa"), 7L));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.breakCost(list("toolongword"), 5L));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.breakCost(list("ok", "fine", "x"), 0L));
    }
}
