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
        Assert.assertEquals(3L, Solution.countWithBits(0L, 7L, 1L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(4L, Solution.countWithBits(5L, 10L, 2L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(1L, Solution.countWithBits(0L, 0L, 0L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(0L, Solution.countWithBits(1L, 1L, 0L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(1L, Solution.countWithBits(0L, 15L, 4L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(137846528820L, Solution.countWithBits(0L, 1099511627775L, 20L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(1L, Solution.countWithBits(3L, 3L, 2L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(1L, Solution.countWithBits(8L, 8L, 1L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(0L, Solution.countWithBits(0L, 100L, 10L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(129589292L, Solution.countWithBits(123456789L, 987654321L, 15L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(1L, Solution.countWithBits(2251799813685248L, 4503599627370495L, 1L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(950L, Solution.countWithBits(1000L, 5000L, 6L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(344867425583L, Solution.countWithBits(1073754169L, 35184372087833L, 30L));
    }
}
