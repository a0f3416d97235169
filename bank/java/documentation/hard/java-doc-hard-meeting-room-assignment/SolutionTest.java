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
        Assert.assertEquals(list(0L, 1L, 1L), Solution.assignRooms(list(list(0L, 30L), list(5L, 10L), list(15L, 20L))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(), Solution.assignRooms(list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(0L, 0L), Solution.assignRooms(list(list(1L, 5L), list(5L, 9L))));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(0L, 1L, 2L, 2L, 1L), Solution.assignRooms(list(list(0L, 10L), list(0L, 5L), list(0L, 3L), list(4L, 8L), list(6L, 12L))));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(0L, 0L, 0L), Solution.assignRooms(list(list(10L, 20L), list(0L, 5L), list(5L, 10L))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(0L, 1L, 2L), Solution.assignRooms(list(list(2L, 4L), list(2L, 3L), list(2L, 5L))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(0L, 1L, 2L, 0L), Solution.assignRooms(list(list(0L, 4L), list(0L, 2L), list(0L, 3L), list(5L, 6L))));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(0L, 1L, 1L), Solution.assignRooms(list(list(0L, 10L), list(0L, 2L), list(3L, 4L))));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(0L, 1L, 0L), Solution.assignRooms(list(list(-5L, -1L), list(-3L, 0L), list(-1L, 2L))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(4L, 0L, 1L, 0L, 2L, 1L, 3L, 0L, 1L, 0L, 1L, 1L, 2L, 3L), Solution.assignRooms(list(list(10L, 15L), list(1L, 9L), list(4L, 5L), list(15L, 21L), list(8L, 16L), list(6L, 12L), list(8L, 15L), list(9L, 13L), list(18L, 19L), list(13L, 15L), list(20L, 25L), list(15L, 17L), list(16L, 22L), list(15L, 21L))));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(1L, 1L, 0L, 0L, 2L, 3L, 0L, 2L, 1L, 1L), Solution.assignRooms(list(list(5L, 7L), list(2L, 3L), list(0L, 3L), list(6L, 7L), list(6L, 8L), list(6L, 9L), list(4L, 6L), list(5L, 6L), list(4L, 5L), list(0L, 2L))));
    }
}
