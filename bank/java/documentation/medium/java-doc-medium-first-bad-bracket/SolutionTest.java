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
        Assert.assertEquals(-1L, Solution.firstBadBracket("a(b[c]d)e"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(1L, Solution.firstBadBracket("(]"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(-1L, Solution.firstBadBracket(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(-1L, Solution.firstBadBracket("no brackets"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(0L, Solution.firstBadBracket(")"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(0L, Solution.firstBadBracket("(("));
    }

    @Test
    public void case07() {
        Assert.assertEquals(0L, Solution.firstBadBracket("(()"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(2L, Solution.firstBadBracket("()("));
    }

    @Test
    public void case09() {
        Assert.assertEquals(6L, Solution.firstBadBracket("{[()]}}"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(2L, Solution.firstBadBracket("([)]"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(1L, Solution.firstBadBracket("x{y[z]"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(-1L, Solution.firstBadBracket("[]{}()"));
    }

    @Test
    public void case13() {
        Assert.assertEquals(4L, Solution.firstBadBracket("(a{b)c}"));
    }

    @Test
    public void case14() {
        Assert.assertEquals(2L, Solution.firstBadBracket("{}[("));
    }

    @Test
    public void case15() {
        Assert.assertEquals(2L, Solution.firstBadBracket("((]"));
    }
}
