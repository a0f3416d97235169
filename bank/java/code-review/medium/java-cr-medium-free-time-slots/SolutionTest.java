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
        Assert.assertEquals(list(list(8L, 9L), list(10L, 12L), list(13L, 17L)), Solution.freeSlots(list(list(9L, 10L), list(12L, 13L)), 8L, 17L, 1L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(list(0L, 2L), list(6L, 10L)), Solution.freeSlots(list(list(2L, 4L), list(3L, 6L)), 0L, 10L, 2L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(list(0L, 10L)), Solution.freeSlots(list(), 0L, 10L, 1L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(), Solution.freeSlots(list(), 0L, 10L, 11L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(), Solution.freeSlots(list(list(0L, 5L), list(5L, 10L)), 0L, 10L, 1L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(list(0L, 1L), list(2L, 5L), list(6L, 8L)), Solution.freeSlots(list(list(5L, 6L), list(1L, 2L)), 0L, 8L, 1L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(list(3L, 7L)), Solution.freeSlots(list(list(-5L, 3L), list(7L, 20L)), 0L, 10L, 1L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(list(2L, 4L)), Solution.freeSlots(list(list(1L, 2L), list(4L, 5L)), 0L, 6L, 2L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(list(0L, 10L)), Solution.freeSlots(list(list(20L, 30L)), 0L, 10L, 1L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(), Solution.freeSlots(list(list(0L, 10L)), 2L, 8L, 1L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(list(0L, 1L), list(9L, 10L)), Solution.freeSlots(list(list(1L, 9L), list(2L, 3L)), 0L, 10L, 1L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(list(4L, 6L)), Solution.freeSlots(list(list(3L, 4L), list(3L, 4L), list(6L, 7L)), 3L, 7L, 1L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(list(130L, 150L), list(160L, 180L)), Solution.freeSlots(list(list(100L, 130L), list(60L, 90L), list(150L, 160L), list(85L, 100L)), 60L, 180L, 15L));
    }
}
