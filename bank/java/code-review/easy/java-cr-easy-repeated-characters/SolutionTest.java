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
        Assert.assertEquals("rgm", Solution.repeatedCharacters("programming"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("an", Solution.repeatedCharacters("banana"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.repeatedCharacters("abc"));
    }

    @Test
    public void case04() {
        Assert.assertEquals("", Solution.repeatedCharacters(""));
    }

    @Test
    public void case05() {
        Assert.assertEquals("a", Solution.repeatedCharacters("aa"));
    }

    @Test
    public void case06() {
        Assert.assertEquals("", Solution.repeatedCharacters("aA"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(" ", Solution.repeatedCharacters("a b c"));
    }

    @Test
    public void case08() {
        Assert.assertEquals("123", Solution.repeatedCharacters("112233"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("abc", Solution.repeatedCharacters("abcabc"));
    }

    @Test
    public void case10() {
        Assert.assertEquals("z", Solution.repeatedCharacters("zzzz"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("lo", Solution.repeatedCharacters("hello world"));
    }

    @Test
    public void case12() {
        Assert.assertEquals("isp", Solution.repeatedCharacters("Mississippi"));
    }
}
