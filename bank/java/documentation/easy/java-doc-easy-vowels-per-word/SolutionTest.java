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
        Assert.assertEquals(list(2L, 1L), Solution.vowelsPerWord("hello world"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(0L, 1L, 2L), Solution.vowelsPerWord("rhythm and blues"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.vowelsPerWord(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(), Solution.vowelsPerWord("   "));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(0L), Solution.vowelsPerWord("Sky"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(5L, 5L), Solution.vowelsPerWord("AEIOU aeiou"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(1L, 0L), Solution.vowelsPerWord("  a  b  "));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(4L), Solution.vowelsPerWord("queue"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(0L), Solution.vowelsPerWord("x"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(1L, 1L, 3L), Solution.vowelsPerWord("It's a test-case!"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(1L), Solution.vowelsPerWord("Yay"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(2L, 2L, 0L), Solution.vowelsPerWord("OOPS oops 42"));
    }
}
