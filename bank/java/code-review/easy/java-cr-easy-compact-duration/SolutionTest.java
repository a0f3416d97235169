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
        Assert.assertEquals("1h 1m 1s", Solution.compactDuration(3661L));
    }

    @Test
    public void case02() {
        Assert.assertEquals("1d 1h 1m 1s", Solution.compactDuration(90061L));
    }

    @Test
    public void case03() {
        Assert.assertEquals("0s", Solution.compactDuration(0L));
    }

    @Test
    public void case04() {
        Assert.assertEquals("59s", Solution.compactDuration(59L));
    }

    @Test
    public void case05() {
        Assert.assertEquals("1m", Solution.compactDuration(60L));
    }

    @Test
    public void case06() {
        Assert.assertEquals("1h", Solution.compactDuration(3600L));
    }

    @Test
    public void case07() {
        Assert.assertEquals("1d", Solution.compactDuration(86400L));
    }

    @Test
    public void case08() {
        Assert.assertEquals("1d 1s", Solution.compactDuration(86401L));
    }

    @Test
    public void case09() {
        Assert.assertEquals("2h 5m", Solution.compactDuration(7500L));
    }

    @Test
    public void case10() {
        Assert.assertEquals("11d 13h 46m 40s", Solution.compactDuration(1000000L));
    }

    @Test
    public void case11() {
        Assert.assertEquals("59m 59s", Solution.compactDuration(3599L));
    }

    @Test
    public void case12() {
        Assert.assertEquals("2d 59s", Solution.compactDuration(172859L));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.compactDuration(-1L));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.compactDuration(-3600L));
    }
}
