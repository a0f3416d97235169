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
        Assert.assertEquals(list(0L, 2L, 4L), Solution.cheapestRoute(5L, list(list(0L, 1L, 2L), list(1L, 4L, 5L), list(0L, 2L, 4L), list(2L, 4L, 2L), list(0L, 3L, 1L), list(3L, 4L, 7L)), 0L, 4L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(0L, 1L, 3L), Solution.cheapestRoute(4L, list(list(0L, 2L, 1L), list(2L, 3L, 1L), list(0L, 1L, 1L), list(1L, 3L, 1L)), 0L, 3L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.cheapestRoute(3L, list(list(0L, 1L, 1L), list(2L, 1L, 1L)), 0L, 2L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(1L), Solution.cheapestRoute(3L, list(list(0L, 1L, 1L)), 1L, 1L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(), Solution.cheapestRoute(2L, list(list(1L, 0L, 3L)), 0L, 1L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(0L, 1L), Solution.cheapestRoute(2L, list(list(0L, 1L, 9L), list(0L, 1L, 4L), list(0L, 1L, 6L)), 0L, 1L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(0L, 1L, 2L, 4L), Solution.cheapestRoute(5L, list(list(0L, 4L, 6L), list(0L, 1L, 2L), list(1L, 2L, 2L), list(2L, 4L, 2L), list(0L, 3L, 5L), list(3L, 4L, 1L)), 0L, 4L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(0L, 1L, 3L, 5L), Solution.cheapestRoute(6L, list(list(0L, 1L, 1L), list(0L, 2L, 1L), list(1L, 5L, 3L), list(1L, 3L, 1L), list(3L, 5L, 2L), list(2L, 4L, 1L), list(4L, 5L, 2L)), 0L, 5L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(0L, 2L, 3L), Solution.cheapestRoute(4L, list(list(0L, 1L, 5L), list(1L, 3L, 5L), list(0L, 2L, 1L), list(2L, 3L, 1L)), 0L, 3L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(0L, 1L, 2L, 3L), Solution.cheapestRoute(4L, list(list(0L, 0L, 1L), list(0L, 1L, 1L), list(1L, 0L, 1L), list(1L, 2L, 2L), list(2L, 1L, 1L), list(2L, 3L, 1L)), 0L, 3L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(0L), Solution.cheapestRoute(1L, list(), 0L, 0L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(0L, 1L, 3L, 6L), Solution.cheapestRoute(7L, list(list(0L, 1L, 2L), list(0L, 2L, 1L), list(1L, 3L, 1L), list(2L, 3L, 2L), list(3L, 6L, 4L), list(1L, 4L, 3L), list(4L, 6L, 2L), list(2L, 5L, 3L), list(5L, 6L, 3L), list(0L, 6L, 9L)), 0L, 6L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(), Solution.cheapestRoute(8L, list(list(1L, 5L, 3L), list(1L, 3L, 3L), list(6L, 7L, 3L), list(7L, 3L, 1L), list(1L, 1L, 2L), list(1L, 7L, 1L), list(7L, 5L, 1L), list(6L, 4L, 2L), list(5L, 6L, 3L), list(1L, 5L, 1L), list(4L, 4L, 2L), list(2L, 4L, 1L), list(5L, 5L, 2L), list(6L, 1L, 2L), list(7L, 1L, 2L), list(7L, 6L, 3L), list(4L, 6L, 3L), list(7L, 0L, 3L), list(3L, 2L, 1L), list(1L, 6L, 2L), list(2L, 7L, 1L), list(1L, 7L, 3L), list(7L, 4L, 3L), list(6L, 4L, 3L)), 0L, 6L));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.cheapestRoute(2L, list(list(0L, 1L, 0L)), 0L, 1L));
    }

    @Test
    public void case15() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.cheapestRoute(2L, list(list(0L, 2L, 1L)), 0L, 1L));
    }

    @Test
    public void case16() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.cheapestRoute(2L, list(), 0L, 5L));
    }
}
