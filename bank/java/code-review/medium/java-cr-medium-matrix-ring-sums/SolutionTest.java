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
        Assert.assertEquals(list(40L, 5L), Solution.ringSums(list(list(1L, 2L, 3L), list(4L, 5L, 6L), list(7L, 8L, 9L))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(12L, 8L), Solution.ringSums(list(list(1L, 1L, 1L, 1L), list(1L, 2L, 2L, 1L), list(1L, 2L, 2L, 1L), list(1L, 1L, 1L, 1L))));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.ringSums(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(), Solution.ringSums(list(list())));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(7L), Solution.ringSums(list(list(7L))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(10L), Solution.ringSums(list(list(1L, 2L, 3L, 4L))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(6L), Solution.ringSums(list(list(1L), list(2L), list(3L))));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(10L), Solution.ringSums(list(list(1L, 2L), list(3L, 4L))));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(96L, 24L), Solution.ringSums(list(list(1L, 2L, 3L, 4L, 5L), list(6L, 7L, 8L, 9L, 10L), list(11L, 12L, 13L, 14L, 15L))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(96L, 24L), Solution.ringSums(list(list(1L, 2L, 3L), list(4L, 5L, 6L), list(7L, 8L, 9L), list(10L, 11L, 12L), list(13L, 14L, 15L))));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(208L, 104L, 13L), Solution.ringSums(list(list(1L, 2L, 3L, 4L, 5L), list(6L, 7L, 8L, 9L, 10L), list(11L, 12L, 13L, 14L, 15L), list(16L, 17L, 18L, 19L, 20L), list(21L, 22L, 23L, 24L, 25L))));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(6L), Solution.ringSums(list(list(-1L, -1L), list(-1L, -1L), list(5L, 5L))));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(0L, 36L), Solution.ringSums(list(list(0L, 0L, 0L, 0L, 0L, 0L), list(0L, 1L, 2L, 3L, 4L, 0L), list(0L, 5L, 6L, 7L, 8L, 0L), list(0L, 0L, 0L, 0L, 0L, 0L))));
    }
}
