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
        Assert.assertEquals(list(list(1L, 2L, 3L), list(4L, 5L, 6L), list(7L)), Solution.chunkList(list(1L, 2L, 3L, 4L, 5L, 6L, 7L), 3L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(list(1L, 2L), list(3L, 4L)), Solution.chunkList(list(1L, 2L, 3L, 4L), 2L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.chunkList(list(), 3L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(list(5L)), Solution.chunkList(list(5L), 1L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(list(1L, 2L, 3L)), Solution.chunkList(list(1L, 2L, 3L), 5L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(list(1L, 2L, 3L)), Solution.chunkList(list(1L, 2L, 3L), 3L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(list(1L), list(2L), list(3L)), Solution.chunkList(list(1L, 2L, 3L), 1L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(list(-1L, 0L, 1L), list(2L)), Solution.chunkList(list(-1L, 0L, 1L, 2L), 3L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(), Solution.chunkList(list(), 1L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(list(9L, 9L), list(9L, 9L), list(9L)), Solution.chunkList(list(9L, 9L, 9L, 9L, 9L), 2L));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.chunkList(list(1L, 2L), 0L));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.chunkList(list(), -2L));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.chunkList(list(1L), -1L));
    }
}
