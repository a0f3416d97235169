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
        Assert.assertEquals(list(1L, 2L, 3L, 8L), Solution.risingChain(list(5L, 1L, 6L, 2L, 7L, 3L, 8L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(), Solution.risingChain(list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(4L), Solution.risingChain(list(4L, 4L, 4L)));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(7L), Solution.risingChain(list(9L, 8L, 7L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(1L, 2L, 3L), Solution.risingChain(list(1L, 2L, 3L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(1L, 2L, 4L, 5L), Solution.risingChain(list(3L, 1L, 2L, 4L, 0L, 5L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(-3L, -2L, 0L), Solution.risingChain(list(-3L, -1L, -2L, 0L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(1L, 2L, 4L), Solution.risingChain(list(1L, 3L, 3L, 2L, 4L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(1L, 3L, 4L, 7L), Solution.risingChain(list(2L, 1L, 5L, 3L, 6L, 4L, 7L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(10L, 20L, 30L), Solution.risingChain(list(10L, 20L, 30L, 1L, 2L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(1L, 2L, 9L), Solution.risingChain(list(7L, 1L, 8L, 2L, 9L)));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list(-18L, -11L, 0L, 11L, 14L, 17L, 18L), Solution.risingChain(list(-5L, -13L, 19L, -18L, 14L, -3L, 20L, 2L, -11L, -20L, 0L, 17L, 16L, 11L, -12L, 14L, -6L, 10L, 17L, -12L, 18L, 12L, -2L, -15L, 6L, -10L, -12L, 17L, -1L, 12L)));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(1L, 6L, 44L, 45L, 57L, 59L, 73L, 75L, 76L), Solution.risingChain(list(52L, 49L, 19L, 66L, 25L, 48L, 1L, 13L, 49L, 9L, 6L, 44L, 82L, 45L, 98L, 3L, 3L, 65L, 60L, 41L, 87L, 38L, 57L, 41L, 15L, 63L, 59L, 73L, 79L, 21L, 19L, 75L, 66L, 26L, 55L, 79L, 43L, 58L, 76L, 29L)));
    }
}
