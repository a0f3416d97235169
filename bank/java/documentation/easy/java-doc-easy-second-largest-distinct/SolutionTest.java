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
        Assert.assertEquals(Long.valueOf(7L), Solution.secondLargestDistinct(list(4L, 1L, 9L, 7L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(Long.valueOf(8L), Solution.secondLargestDistinct(list(9L, 9L, 8L, 8L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals((Long) null, Solution.secondLargestDistinct(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals((Long) null, Solution.secondLargestDistinct(list(8L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals((Long) null, Solution.secondLargestDistinct(list(2L, 2L, 2L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(Long.valueOf(3L), Solution.secondLargestDistinct(list(5L, 5L, 3L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(Long.valueOf(-3L), Solution.secondLargestDistinct(list(-1L, -5L, -3L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(Long.valueOf(1L), Solution.secondLargestDistinct(list(1L, 2L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals(Long.valueOf(2L), Solution.secondLargestDistinct(list(3L, 1L, 3L, 2L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals(Long.valueOf(-9007199254740991L), Solution.secondLargestDistinct(list(0L, -9007199254740991L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals(Long.valueOf(9L), Solution.secondLargestDistinct(list(10L, 10L, 10L, 9L)));
    }
}
