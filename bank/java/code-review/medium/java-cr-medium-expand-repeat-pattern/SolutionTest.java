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
        Assert.assertEquals("aaab", Solution.expandPattern("a*3b"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("ababc", Solution.expandPattern("(ab)*2c"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.expandPattern(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals("abc", Solution.expandPattern("abc"));
    }

    @Test
    public void case05() {
        Assert.assertEquals("abcbcabcbc", Solution.expandPattern("(a(bc)*2)*2"));
    }

    @Test
    public void case06() {
        Assert.assertEquals("y", Solution.expandPattern("x*0y"));
    }

    @Test
    public void case07() {
        Assert.assertEquals("", Solution.expandPattern("(ab)*0"));
    }

    @Test
    public void case08() {
        Assert.assertEquals("a", Solution.expandPattern("()*5a"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("a", Solution.expandPattern("(a)"));
    }

    @Test
    public void case10() {
        Assert.assertEquals("aaaaaaaaaa", Solution.expandPattern("a*10"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("zzzzzz", Solution.expandPattern("((z)*2)*3"));
    }

    @Test
    public void case12() {
        Assert.assertEquals("qrrsrrst", Solution.expandPattern("q(r*2s)*2t"));
    }

    @Test
    public void case13() {
        Assert.assertEquals("ab", Solution.expandPattern("a*1b*01"));
    }

    @Test
    public void case14() {
        Assert.assertEquals("xxyyyz", Solution.expandPattern("(x)*2(y*3)z"));
    }
}
