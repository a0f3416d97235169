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
        Assert.assertEquals(list(list(1L, 2L), list(2L, 1L), list(3L, 3L)), Solution.runLengthList(list(1L, 1L, 2L, 3L, 3L, 3L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(list(2L, 3L), list(3L, 1L), list(2L, 2L)), Solution.runLengthList(list(2L, 2L, 2L, 3L, 2L, 2L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.runLengthList(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(list(5L, 1L)), Solution.runLengthList(list(5L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(list(7L, 4L)), Solution.runLengthList(list(7L, 7L, 7L, 7L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(list(1L, 1L), list(2L, 1L), list(1L, 1L), list(2L, 1L)), Solution.runLengthList(list(1L, 2L, 1L, 2L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(list(0L, 2L), list(-1L, 2L), list(0L, 1L)), Solution.runLengthList(list(0L, 0L, -1L, -1L, 0L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(list(4L, 2L), list(5L, 1L)), Solution.runLengthList(list(4L, 4L, 5L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(list(9L, 1L), list(8L, 2L)), Solution.runLengthList(list(9L, 8L, 8L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(list(-3L, 1L)), Solution.runLengthList(list(-3L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(list(1000000000000L, 2L)), Solution.runLengthList(list(1000000000000L, 1000000000000L)));
    }
}
