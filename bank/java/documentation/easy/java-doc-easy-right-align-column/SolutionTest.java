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
        Assert.assertEquals(list("  1", " 22", "333"), Solution.rightAlign(list("1", "22", "333")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("apple", "  fig"), Solution.rightAlign(list("apple", "fig")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.rightAlign(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(""), Solution.rightAlign(list("")));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("x"), Solution.rightAlign(list("x")));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("", ""), Solution.rightAlign(list("", "")));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("  ", "ab"), Solution.rightAlign(list("", "ab")));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("same", "size"), Solution.rightAlign(list("same", "size")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(" a", " b"), Solution.rightAlign(list(" a", "b")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(" 10", "  9", "100"), Solution.rightAlign(list("10", "9", "100")));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("a b", " cd"), Solution.rightAlign(list("a b", "cd")));
    }
}
