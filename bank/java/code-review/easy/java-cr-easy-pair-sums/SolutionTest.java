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
        Assert.assertEquals(list(3L, 7L), Solution.pairSums(list(1L, 2L, 3L, 4L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(30L, 70L, 50L), Solution.pairSums(list(10L, 20L, 30L, 40L, 50L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.pairSums(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(5L), Solution.pairSums(list(5L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(3L, 3L), Solution.pairSums(list(1L, 2L, 3L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(0L), Solution.pairSums(list(-1L, 1L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(0L, 0L), Solution.pairSums(list(0L, 0L, 0L, 0L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(-11L, 7L), Solution.pairSums(list(-5L, -6L, 7L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(0L, 6L, 10L), Solution.pairSums(list(100L, -100L, 3L, 3L, 9L, 1L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(8000000000000L), Solution.pairSums(list(4000000000000L, 4000000000000L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(4L, 2L), Solution.pairSums(list(2L, 2L, 2L)));
    }
}
