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
        Assert.assertEquals(list(0L, 2L), Solution.chooseCargo(list(3L, 4L, 5L), list(30L, 50L, 60L), 8L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(0L, 1L), Solution.chooseCargo(list(2L, 3L, 5L), list(10L, 10L, 20L), 5L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(1L, 2L, 3L), Solution.chooseCargo(list(4L, 1L, 1L, 1L), list(9L, 3L, 3L, 3L), 4L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(), Solution.chooseCargo(list(1L, 2L), list(5L, 5L), 0L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(), Solution.chooseCargo(list(), list(), 10L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(), Solution.chooseCargo(list(1L, 1L), list(0L, 0L), 5L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(0L, 1L, 2L), Solution.chooseCargo(list(1L, 2L, 3L), list(1L, 2L, 3L), 100L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(), Solution.chooseCargo(list(5L, 6L), list(10L, 10L), 4L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(0L, 1L, 3L), Solution.chooseCargo(list(3L, 1L, 2L, 1L, 2L), list(6L, 2L, 4L, 2L, 4L), 5L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(0L, 1L), Solution.chooseCargo(list(3L, 1L, 2L, 1L, 2L), list(6L, 2L, 4L, 2L, 4L), 4L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(0L), Solution.chooseCargo(list(3L, 1L, 2L, 1L, 2L), list(6L, 2L, 4L, 2L, 4L), 3L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(0L, 4L, 6L, 7L, 8L, 9L), Solution.chooseCargo(list(9L, 8L, 7L, 7L, 4L, 5L, 5L, 1L, 1L, 3L, 8L, 9L), list(15L, 11L, 6L, 8L, 15L, 14L, 16L, 15L, 13L, 17L, 1L, 9L), 25L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(2L, 4L, 9L, 10L, 12L), Solution.chooseCargo(list(3L, 4L, 1L, 4L, 3L, 4L, 2L, 4L, 4L, 1L, 3L, 4L, 3L, 1L), list(1L, 3L, 2L, 1L, 2L, 1L, 1L, 1L, 2L, 3L, 3L, 1L, 3L, 1L), 11L));
    }
}
