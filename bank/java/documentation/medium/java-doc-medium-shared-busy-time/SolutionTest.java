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
        Assert.assertEquals(5L, Solution.sharedBusyTime(list(list(0L, 10L)), list(list(5L, 15L))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(4L, Solution.sharedBusyTime(list(list(1L, 3L), list(5L, 7L), list(9L, 11L)), list(list(2L, 10L))));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.sharedBusyTime(list(), list(list(0L, 5L))));
    }

    @Test
    public void case04() {
        Assert.assertEquals(0L, Solution.sharedBusyTime(list(list(0L, 5L)), list()));
    }

    @Test
    public void case05() {
        Assert.assertEquals(0L, Solution.sharedBusyTime(list(list(0L, 5L)), list(list(5L, 10L))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(15L, Solution.sharedBusyTime(list(list(0L, 10L), list(5L, 15L)), list(list(0L, 20L))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(5L, Solution.sharedBusyTime(list(list(0L, 10L), list(2L, 4L)), list(list(3L, 8L))));
    }

    @Test
    public void case08() {
        Assert.assertEquals(4L, Solution.sharedBusyTime(list(list(20L, 30L), list(0L, 10L)), list(list(8L, 22L))));
    }

    @Test
    public void case09() {
        Assert.assertEquals(25L, Solution.sharedBusyTime(list(list(0L, 100L)), list(list(10L, 20L), list(15L, 25L), list(50L, 60L))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(5L, Solution.sharedBusyTime(list(list(-5L, 5L)), list(list(-10L, 0L))));
    }

    @Test
    public void case11() {
        Assert.assertEquals(4L, Solution.sharedBusyTime(list(list(0L, 4L), list(4L, 8L)), list(list(2L, 6L))));
    }

    @Test
    public void case12() {
        Assert.assertEquals(1L, Solution.sharedBusyTime(list(list(1L, 2L)), list(list(1L, 2L))));
    }

    @Test
    public void case13() {
        Assert.assertEquals(0L, Solution.sharedBusyTime(list(list(0L, 3L), list(6L, 9L)), list(list(3L, 6L))));
    }

    @Test
    public void case14() {
        Assert.assertEquals(17L, Solution.sharedBusyTime(list(list(0L, 10L), list(20L, 30L), list(40L, 50L)), list(list(5L, 25L), list(28L, 45L))));
    }
}
