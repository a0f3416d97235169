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
        Assert.assertEquals(list(1L, 0L, 3L, 3L), Solution.clusterQueries(5L, list("link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(3L), Solution.clusterQueries(3L, list("count")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(1L, 1L, 1L), Solution.clusterQueries(1L, list("same 0 0", "size 0", "count")));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(3L, 2L), Solution.clusterQueries(4L, list("link 0 1", "link 1 0", "link 0 1", "count", "size 1")));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(2L, 1L), Solution.clusterQueries(2L, list("link 1 1", "count", "size 1")));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(0L, 1L, 4L, 2L, 6L, 1L), Solution.clusterQueries(6L, list("link 0 1", "link 2 3", "link 4 5", "same 0 3", "link 1 2", "same 0 3", "size 3", "count", "link 3 5", "size 0", "count")));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(), Solution.clusterQueries(4L, list()));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(), Solution.clusterQueries(3L, list("link 0 1")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(1L, 2L, 11L), Solution.clusterQueries(12L, list("link 10 11", "same 11 10", "size 10", "count")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(4L, 1L, 6L, 5L, 0L, 4L, 1L, 10L), Solution.clusterQueries(10L, list("link 9 8", "link 7 6", "link 8 6", "size 7", "same 9 7", "link 0 5", "link 5 9", "size 0", "count", "same 1 2", "link 2 1", "link 3 4", "link 4 2", "size 3", "link 1 0", "count", "size 6")));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(4L, 2L, 4L, 1L, 8L), Solution.clusterQueries(8L, list("link 0 1", "link 2 3", "link 4 5", "link 6 7", "count", "link 1 2", "link 5 6", "count", "size 4", "link 3 4", "same 0 7", "size 0")));
    }
}
