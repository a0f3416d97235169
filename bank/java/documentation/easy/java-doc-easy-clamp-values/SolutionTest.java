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
        Assert.assertEquals(list(3L, 5L, 7L), Solution.clampValues(list(1L, 5L, 10L), 3L, 7L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(-5L, 0L, 5L), Solution.clampValues(list(-10L, 0L, 10L), -5L, 5L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.clampValues(list(), 0L, 1L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(4L), Solution.clampValues(list(4L), 4L, 4L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(4L, 4L), Solution.clampValues(list(1L, 9L), 4L, 4L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(3L, 4L, 5L), Solution.clampValues(list(3L, 4L, 5L), 3L, 5L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(-50L), Solution.clampValues(list(-100L), -50L, -10L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(100L, 150L), Solution.clampValues(list(100L, 200L), 0L, 150L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(6L, 6L, 6L), Solution.clampValues(list(7L, 7L, 7L), 0L, 6L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(1L), Solution.clampValues(list(0L), 1L, 2L));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.clampValues(list(1L), 5L, 4L));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.clampValues(list(), 1L, 0L));
    }
}
