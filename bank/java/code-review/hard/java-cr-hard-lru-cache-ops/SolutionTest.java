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
        Assert.assertEquals(list(Long.valueOf(1L), (Long) null, Long.valueOf(1L), Long.valueOf(3L)), Solution.lruSimulate(2L, list("put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list((Long) null), Solution.lruSimulate(0L, list("put a 1", "get a")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(Long.valueOf(5L), (Long) null, Long.valueOf(2L)), Solution.lruSimulate(1L, list("put a 1", "put a 5", "get a", "put b 2", "get a", "get b")));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(Long.valueOf(3L), (Long) null, Long.valueOf(4L)), Solution.lruSimulate(2L, list("put a 1", "put b 2", "put a 3", "put c 4", "get a", "get b", "get c")));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list((Long) null, Long.valueOf(-7L)), Solution.lruSimulate(2L, list("get x", "put x -7", "get x")));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(), Solution.lruSimulate(3L, list()));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list((Long) null, (Long) null, Long.valueOf(9L), Long.valueOf(3L)), Solution.lruSimulate(2L, list("put a 1", "put b 2", "put c 3", "get a", "put a 9", "get b", "get a", "get c")));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list((Long) null, (Long) null, Long.valueOf(2L)), Solution.lruSimulate(2L, list("put a 1", "put b 2", "get zz", "put c 3", "get a", "get b")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(Long.valueOf(10L), (Long) null, Long.valueOf(30L), (Long) null, Long.valueOf(40L), Long.valueOf(50L)), Solution.lruSimulate(3L, list("put k1 10", "put k2 20", "put k3 30", "get k1", "put k4 40", "get k2", "get k3", "put k5 50", "get k1", "get k4", "get k5")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list((Long) null, (Long) null, (Long) null, Long.valueOf(-1L), (Long) null, (Long) null, Long.valueOf(11L), (Long) null, Long.valueOf(38L), (Long) null, Long.valueOf(38L), Long.valueOf(44L), Long.valueOf(46L), Long.valueOf(38L), Long.valueOf(46L), (Long) null), Solution.lruSimulate(3L, list("get e 13", "get b 19", "put a 49", "get d 17", "put e -4", "put c 29", "put b -4", "put e 37", "put c -1", "get c 8", "put e 34", "put b 1", "get d 1", "put d 11", "get a 17", "get d 2", "put c 38", "get e 17", "put a 44", "put d 44", "get c 43", "put b 15", "get e 30", "get c 41", "get d 15", "put b 46", "get b 50", "get c 21", "get b 4", "get e 37")));
    }
}
