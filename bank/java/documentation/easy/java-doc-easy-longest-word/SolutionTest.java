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
        Assert.assertEquals("quick", Solution.longestWord("the quick brown fox"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("ccc", Solution.longestWord("a bb ccc"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.longestWord(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals("", Solution.longestWord("   "));
    }

    @Test
    public void case05() {
        Assert.assertEquals("single", Solution.longestWord("single"));
    }

    @Test
    public void case06() {
        Assert.assertEquals("trail", Solution.longestWord("  lead trail  "));
    }

    @Test
    public void case07() {
        Assert.assertEquals("ab", Solution.longestWord("ab cd"));
    }

    @Test
    public void case08() {
        Assert.assertEquals("yy", Solution.longestWord("x yy zz"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("there!", Solution.longestWord("hi, there!"));
    }

    @Test
    public void case10() {
        Assert.assertEquals("three", Solution.longestWord("one  two   three"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("aaa", Solution.longestWord("aaa bbb c"));
    }

    @Test
    public void case12() {
        Assert.assertEquals("a", Solution.longestWord("a"));
    }
}
