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
        Assert.assertEquals(list("cab", "bca", "abc"), Solution.sortByAlphabet(list("bca", "abc", "cab"), "cba"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("y", "a", "z"), Solution.sortByAlphabet(list("z", "a", "y"), "y"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.sortByAlphabet(list(), "abc"));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("a", "b"), Solution.sortByAlphabet(list("b", "a"), ""));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("a", "ab", "abc"), Solution.sortByAlphabet(list("ab", "a", "abc"), "cba"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("ab", "Ab", "AB"), Solution.sortByAlphabet(list("Ab", "ab", "AB"), "ba"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("dog", "dog", "cat"), Solution.sortByAlphabet(list("dog", "cat", "dog"), "dgoc"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("", "a"), Solution.sortByAlphabet(list("a", ""), "a"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("app", "apply", "apple"), Solution.sortByAlphabet(list("apple", "apply", "app"), "ypl"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("b!", "b1", "b2"), Solution.sortByAlphabet(list("b2", "b1", "b!"), "b"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("zeta", "zed", "alpha"), Solution.sortByAlphabet(list("zeta", "alpha", "zed"), "zyxwvutsrqponmlkjihgfedcba"));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.sortByAlphabet(list("a"), "abca"));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.sortByAlphabet(list(), "xx"));
    }
}
