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
        Assert.assertEquals(true, Solution.isValidIdentifier("user_name"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(false, Solution.isValidIdentifier("2fast"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(false, Solution.isValidIdentifier(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(true, Solution.isValidIdentifier("_"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(true, Solution.isValidIdentifier("a"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(false, Solution.isValidIdentifier("has space"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(false, Solution.isValidIdentifier("dash-ed"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(true, Solution.isValidIdentifier("CamelCase9"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(true, Solution.isValidIdentifier("abcdefghijabcdefghijabcdefghij"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(false, Solution.isValidIdentifier("abcdefghijabcdefghijabcdefghijk"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(true, Solution.isValidIdentifier("_9"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(false, Solution.isValidIdentifier("x.y"));
    }

    @Test
    public void case13() {
        Assert.assertEquals(false, Solution.isValidIdentifier("9"));
    }

    @Test
    public void case14() {
        Assert.assertEquals(false, Solution.isValidIdentifier("ok!"));
    }
}
