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
        Assert.assertEquals(5400L, Solution.durationToSeconds("1h30m"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(45L, Solution.durationToSeconds("45s"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(172800L, Solution.durationToSeconds("2d"));
    }

    @Test
    public void case04() {
        Assert.assertEquals(93784L, Solution.durationToSeconds("1d2h3m4s"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(5400L, Solution.durationToSeconds("90m"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(0L, Solution.durationToSeconds("0s"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(420L, Solution.durationToSeconds("007m"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(3601L, Solution.durationToSeconds("1h1s"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(36000L, Solution.durationToSeconds("10h0m"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(100L, Solution.durationToSeconds("100s"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(259259L, Solution.durationToSeconds("3d59s"));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.durationToSeconds("30m1h"));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.durationToSeconds("1h30"));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.durationToSeconds("1h 30m"));
    }
}
