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
        Assert.assertEquals(list(2L, 1L, 1L), Solution.histogramBins(list(1L, 2L, 11L, 25L), 10L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(1L, 2L), Solution.histogramBins(list(0L, 5L, 9L), 5L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.histogramBins(list(), 3L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(1L), Solution.histogramBins(list(0L), 1L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L), Solution.histogramBins(list(7L), 1L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(0L, 0L, 0L, 1L), Solution.histogramBins(list(30L), 10L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(3L), Solution.histogramBins(list(9L, 9L, 9L), 10L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(0L, 1L), Solution.histogramBins(list(10L), 10L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(2L, 1L, 2L), Solution.histogramBins(list(3L, 1L, 4L, 1L, 5L), 2L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(1L, 0L, 1L), Solution.histogramBins(list(0L, 100L), 50L));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.histogramBins(list(1L), 0L));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.histogramBins(list(1L, -1L), 5L));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.histogramBins(list(), -1L));
    }
}
