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
        Assert.assertEquals("HeLlO", Solution.alternatingCaps("hello"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("HeLlO wOrLd", Solution.alternatingCaps("HELLO WORLD"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.alternatingCaps(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals("123", Solution.alternatingCaps("123"));
    }

    @Test
    public void case05() {
        Assert.assertEquals("A", Solution.alternatingCaps("a"));
    }

    @Test
    public void case06() {
        Assert.assertEquals("Ab Cd", Solution.alternatingCaps("ab cd"));
    }

    @Test
    public void case07() {
        Assert.assertEquals("X-y-Z", Solution.alternatingCaps("x-y-z"));
    }

    @Test
    public void case08() {
        Assert.assertEquals("A1b2C3", Solution.alternatingCaps("a1b2c3"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("   ", Solution.alternatingCaps("   "));
    }

    @Test
    public void case10() {
        Assert.assertEquals("Zz", Solution.alternatingCaps("zZ"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("It'S oK", Solution.alternatingCaps("it's ok"));
    }
}
