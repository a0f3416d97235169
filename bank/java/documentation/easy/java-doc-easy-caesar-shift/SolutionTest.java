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
        Assert.assertEquals("bcd", Solution.caesarShift("abc", 1L));
    }

    @Test
    public void case02() {
        Assert.assertEquals("Khoor, Zruog!", Solution.caesarShift("Hello, World!", 3L));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.caesarShift("", 5L));
    }

    @Test
    public void case04() {
        Assert.assertEquals("abc", Solution.caesarShift("xyz", 3L));
    }

    @Test
    public void case05() {
        Assert.assertEquals("ZAB", Solution.caesarShift("ABC", -1L));
    }

    @Test
    public void case06() {
        Assert.assertEquals("abc", Solution.caesarShift("abc", 26L));
    }

    @Test
    public void case07() {
        Assert.assertEquals("zab", Solution.caesarShift("abc", -27L));
    }

    @Test
    public void case08() {
        Assert.assertEquals("c1 d2", Solution.caesarShift("a1 b2", 2L));
    }

    @Test
    public void case09() {
        Assert.assertEquals("Aa", Solution.caesarShift("Zz", 1L));
    }

    @Test
    public void case10() {
        Assert.assertEquals("Mixed Case", Solution.caesarShift("Mixed Case", 0L));
    }

    @Test
    public void case11() {
        Assert.assertEquals("123 !?", Solution.caesarShift("123 !?", 7L));
    }

    @Test
    public void case12() {
        Assert.assertEquals("uryyb", Solution.caesarShift("hello", 65L));
    }

    @Test
    public void case13() {
        Assert.assertEquals("abc", Solution.caesarShift("abc", -78L));
    }
}
