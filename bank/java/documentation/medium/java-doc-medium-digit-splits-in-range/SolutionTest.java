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
        Assert.assertEquals(list("1-2-3", "1-23", "12-3"), Solution.splitInRange("123", 1L, 99L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("1-0-0", "10-0", "100"), Solution.splitInRange("100", 0L, 100L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.splitInRange("", 0L, 10L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("0"), Solution.splitInRange("0", 0L, 0L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("10-5", "105"), Solution.splitInRange("105", 1L, 200L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(), Solution.splitInRange("999", 1000L, 2000L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("2-4-6-8"), Solution.splitInRange("2468", 2L, 8L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("1-1-1-1", "1-1-11", "1-11-1", "11-1-1", "11-11"), Solution.splitInRange("1111", 1L, 11L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("0-0-7"), Solution.splitInRange("007", 0L, 7L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("2-5-5-2-5", "2-5-5-25", "2-5-52-5", "2-55-2-5", "2-55-25", "25-5-2-5", "25-5-25", "25-52-5", "255-2-5", "255-25"), Solution.splitInRange("25525", 0L, 255L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list(), Solution.splitInRange("5", 6L, 9L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list("10"), Solution.splitInRange("10", 10L, 10L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list("999999999999"), Solution.splitInRange("999999999999", 999999999999L, 999999999999L));
    }
}
