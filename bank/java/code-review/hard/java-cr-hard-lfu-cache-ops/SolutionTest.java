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
        Assert.assertEquals(list(Long.valueOf(1L), (Long) null, Long.valueOf(1L), Long.valueOf(3L)), Solution.lfuSimulate(2L, list("put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list((Long) null, Long.valueOf(2L), Long.valueOf(3L)), Solution.lfuSimulate(2L, list("put a 1", "put b 2", "put c 3", "get a", "get b", "get c")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list((Long) null), Solution.lfuSimulate(0L, list("put a 1", "get a")));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(Long.valueOf(2L), (Long) null, Long.valueOf(4L)), Solution.lfuSimulate(2L, list("put a 1", "put a 2", "put b 3", "put c 4", "get a", "get b", "get c")));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(Long.valueOf(1L), Long.valueOf(1L), (Long) null, Long.valueOf(3L), Long.valueOf(1L)), Solution.lfuSimulate(2L, list("put a 1", "get a", "get a", "put b 2", "put c 3", "get b", "get c", "get a")));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(Long.valueOf(1L), Long.valueOf(2L), Long.valueOf(3L), Long.valueOf(1L), Long.valueOf(2L), (Long) null, Long.valueOf(4L)), Solution.lfuSimulate(3L, list("put a 1", "put b 2", "put c 3", "get a", "get b", "get c", "get a", "get b", "put d 4", "get c", "get d")));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(Long.valueOf(1L), Long.valueOf(2L), (Long) null, Long.valueOf(2L), Long.valueOf(3L)), Solution.lfuSimulate(2L, list("put x 1", "put y 2", "get x", "get y", "put z 3", "get x", "get y", "get z")));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(Long.valueOf(1L), (Long) null, Long.valueOf(2L)), Solution.lfuSimulate(1L, list("put a 1", "get a", "put b 2", "get a", "get b")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(Long.valueOf(1L), Long.valueOf(1L), Long.valueOf(4L), (Long) null, Long.valueOf(1L)), Solution.lfuSimulate(2L, list("put a 1", "get a", "get a", "put b 2", "put c 3", "put b 4", "get b", "get c", "get a")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(), Solution.lfuSimulate(3L, list()));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list((Long) null, (Long) null, (Long) null, (Long) null, (Long) null, (Long) null, (Long) null, (Long) null, Long.valueOf(18L), Long.valueOf(18L), (Long) null, (Long) null, Long.valueOf(18L), (Long) null, (Long) null, (Long) null, (Long) null, Long.valueOf(22L), Long.valueOf(18L), (Long) null, Long.valueOf(42L), (Long) null, (Long) null, (Long) null, Long.valueOf(43L), (Long) null, (Long) null, Long.valueOf(5L), Long.valueOf(5L), Long.valueOf(5L)), Solution.lfuSimulate(3L, list("get b 27", "get c 7", "get c 28", "get b 34", "get c 14", "get b 35", "put c 18", "get d 40", "get d 1", "get c 43", "get c 6", "get d 43", "get e 33", "put d 22", "get c 3", "get b 0", "get e 44", "get b 21", "get e 26", "get d 21", "put a 48", "put a 42", "get c 1", "put d 32", "get e 40", "get a 35", "get b 34", "put a 9", "get b 29", "put e 43", "put c 5", "get d 45", "get e 35", "put a 1", "get d 2", "put e 46", "get b 30", "get c 21", "get c 38", "get c 31")));
    }
}
