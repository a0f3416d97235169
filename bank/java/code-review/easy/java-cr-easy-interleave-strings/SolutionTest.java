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
        Assert.assertEquals("a1b2c3", Solution.interleaveStrings("abc", "123"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("awbxyz", Solution.interleaveStrings("ab", "wxyz"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.interleaveStrings("", ""));
    }

    @Test
    public void case04() {
        Assert.assertEquals("abc", Solution.interleaveStrings("abc", ""));
    }

    @Test
    public void case05() {
        Assert.assertEquals("xy", Solution.interleaveStrings("", "xy"));
    }

    @Test
    public void case06() {
        Assert.assertEquals("ab", Solution.interleaveStrings("a", "b"));
    }

    @Test
    public void case07() {
        Assert.assertEquals("h-ello", Solution.interleaveStrings("hello", "-"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(" a b", Solution.interleaveStrings("  ", "ab"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("ababa", Solution.interleaveStrings("aaa", "bb"));
    }

    @Test
    public void case10() {
        Assert.assertEquals("13245", Solution.interleaveStrings("12", "345"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("xXyYzZ", Solution.interleaveStrings("xyz", "XYZ"));
    }
}
