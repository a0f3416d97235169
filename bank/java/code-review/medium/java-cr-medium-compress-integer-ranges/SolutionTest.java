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
        Assert.assertEquals("1..3,5,7..10", Solution.compressRanges(list(1L, 2L, 3L, 5L, 7L, 8L, 9L, 10L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals("1,2,10..12", Solution.compressRanges(list(10L, 1L, 2L, 12L, 11L)));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.compressRanges(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals("4", Solution.compressRanges(list(4L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals("4,5", Solution.compressRanges(list(5L, 4L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals("3", Solution.compressRanges(list(3L, 3L, 3L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals("1..3", Solution.compressRanges(list(1L, 2L, 3L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals("-2..1", Solution.compressRanges(list(-2L, -1L, 0L, 1L)));
    }

    @Test
    public void case09() {
        Assert.assertEquals("0,2,4,6", Solution.compressRanges(list(0L, 2L, 4L, 6L)));
    }

    @Test
    public void case10() {
        Assert.assertEquals("5..7,9", Solution.compressRanges(list(7L, 6L, 5L, 5L, 6L, 7L, 9L)));
    }

    @Test
    public void case11() {
        Assert.assertEquals("-5..-3,100,101", Solution.compressRanges(list(-5L, -3L, -4L, 100L, 101L)));
    }

    @Test
    public void case12() {
        Assert.assertEquals("1..4", Solution.compressRanges(list(1L, 3L, 2L, 4L, 3L, 1L)));
    }
}
