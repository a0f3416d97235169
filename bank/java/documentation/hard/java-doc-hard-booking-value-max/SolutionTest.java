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
        Assert.assertEquals(200L, Solution.maxBookingValue(list(list(1L, 3L, 50L), list(3L, 5L, 20L), list(6L, 19L, 100L), list(2L, 100L, 200L))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(0L, Solution.maxBookingValue(list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(5L, Solution.maxBookingValue(list(list(0L, 10L, 5L))));
    }

    @Test
    public void case04() {
        Assert.assertEquals(9L, Solution.maxBookingValue(list(list(0L, 2L, 3L), list(2L, 4L, 3L), list(4L, 6L, 3L), list(0L, 6L, 8L))));
    }

    @Test
    public void case05() {
        Assert.assertEquals(12L, Solution.maxBookingValue(list(list(0L, 5L, 10L), list(0L, 2L, 6L), list(3L, 5L, 6L))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(7L, Solution.maxBookingValue(list(list(1L, 2L, 4L), list(1L, 2L, 7L))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(0L, Solution.maxBookingValue(list(list(0L, 1L, 0L))));
    }

    @Test
    public void case08() {
        Assert.assertEquals(12L, Solution.maxBookingValue(list(list(0L, 100L, 10L), list(10L, 20L, 4L), list(30L, 40L, 4L), list(50L, 60L, 4L))));
    }

    @Test
    public void case09() {
        Assert.assertEquals(6L, Solution.maxBookingValue(list(list(5L, 9L, 4L), list(1L, 9L, 6L), list(7L, 9L, 3L), list(0L, 5L, 2L))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(6L, Solution.maxBookingValue(list(list(-10L, -2L, 3L), list(-2L, 4L, 3L), list(-5L, 0L, 5L))));
    }

    @Test
    public void case11() {
        Assert.assertEquals(150L, Solution.maxBookingValue(list(list(15L, 19L, 13L), list(32L, 41L, 4L), list(32L, 36L, 25L), list(17L, 25L, 4L), list(35L, 41L, 11L), list(25L, 34L, 19L), list(34L, 38L, 4L), list(38L, 47L, 22L), list(9L, 12L, 4L), list(36L, 37L, 25L), list(2L, 7L, 25L), list(19L, 22L, 4L), list(17L, 26L, 22L), list(22L, 25L, 14L), list(10L, 13L, 22L), list(3L, 6L, 21L))));
    }

    @Test
    public void case12() {
        Assert.assertEquals(31L, Solution.maxBookingValue(list(list(2L, 6L, 8L), list(8L, 9L, 5L), list(3L, 6L, 9L), list(1L, 5L, 7L), list(2L, 5L, 3L), list(11L, 12L, 8L), list(0L, 1L, 2L), list(5L, 8L, 6L), list(12L, 13L, 3L), list(8L, 10L, 2L), list(6L, 10L, 4L), list(2L, 4L, 4L))));
    }
}
