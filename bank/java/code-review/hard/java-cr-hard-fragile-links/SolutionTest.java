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
        Assert.assertEquals(list(list(1L, 3L)), Solution.fragileLinks(4L, list(list(0L, 1L), list(1L, 2L), list(2L, 0L), list(1L, 3L))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(), Solution.fragileLinks(3L, list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(list(0L, 1L), list(1L, 2L), list(2L, 3L)), Solution.fragileLinks(4L, list(list(0L, 1L), list(1L, 2L), list(2L, 3L))));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(), Solution.fragileLinks(2L, list(list(0L, 1L), list(1L, 0L))));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(list(0L, 1L)), Solution.fragileLinks(2L, list(list(0L, 0L), list(0L, 1L))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(list(2L, 3L)), Solution.fragileLinks(6L, list(list(0L, 1L), list(1L, 2L), list(2L, 0L), list(3L, 4L), list(4L, 5L), list(5L, 3L), list(2L, 3L))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(list(0L, 1L), list(3L, 4L)), Solution.fragileLinks(5L, list(list(4L, 3L), list(1L, 0L))));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(list(0L, 1L), list(1L, 2L)), Solution.fragileLinks(3L, list(list(2L, 1L), list(1L, 0L))));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(list(0L, 1L), list(0L, 2L), list(0L, 3L), list(0L, 4L)), Solution.fragileLinks(5L, list(list(0L, 1L), list(0L, 2L), list(0L, 3L), list(0L, 4L))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(), Solution.fragileLinks(0L, list()));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(), Solution.fragileLinks(7L, list(list(0L, 1L), list(1L, 2L), list(2L, 3L), list(3L, 1L), list(3L, 4L), list(4L, 5L), list(5L, 6L), list(6L, 4L), list(0L, 6L))));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(list(1L, 6L), list(5L, 7L)), Solution.fragileLinks(10L, list(list(1L, 7L), list(7L, 5L), list(8L, 8L), list(8L, 1L), list(4L, 4L), list(0L, 1L), list(9L, 0L), list(1L, 8L), list(7L, 9L), list(1L, 6L), list(9L, 7L), list(9L, 7L))));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(list(0L, 1L), list(1L, 2L), list(5L, 6L), list(6L, 7L), list(9L, 10L), list(10L, 11L)), Solution.fragileLinks(12L, list(list(0L, 1L), list(1L, 2L), list(2L, 3L), list(3L, 4L), list(4L, 5L), list(5L, 6L), list(6L, 7L), list(7L, 8L), list(8L, 9L), list(9L, 10L), list(10L, 11L), list(2L, 5L), list(7L, 9L), list(9L, 7L))));
    }
}
