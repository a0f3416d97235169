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
        Assert.assertEquals(-2L, Solution.alternatingDigitSum(1234L));
    }

    @Test
    public void case02() {
        Assert.assertEquals(18L, Solution.alternatingDigitSum(909L));
    }

    @Test
    public void case03() {
        Assert.assertEquals(0L, Solution.alternatingDigitSum(0L));
    }

    @Test
    public void case04() {
        Assert.assertEquals(5L, Solution.alternatingDigitSum(5L));
    }

    @Test
    public void case05() {
        Assert.assertEquals(1L, Solution.alternatingDigitSum(10L));
    }

    @Test
    public void case06() {
        Assert.assertEquals(8L, Solution.alternatingDigitSum(91L));
    }

    @Test
    public void case07() {
        Assert.assertEquals(0L, Solution.alternatingDigitSum(-132L));
    }

    @Test
    public void case08() {
        Assert.assertEquals(1L, Solution.alternatingDigitSum(1000000L));
    }

    @Test
    public void case09() {
        Assert.assertEquals(0L, Solution.alternatingDigitSum(121L));
    }

    @Test
    public void case10() {
        Assert.assertEquals(36L, Solution.alternatingDigitSum(9090909L));
    }

    @Test
    public void case11() {
        Assert.assertEquals(7L, Solution.alternatingDigitSum(-7L));
    }

    @Test
    public void case12() {
        Assert.assertEquals(5L, Solution.alternatingDigitSum(123456789L));
    }

    @Test
    public void case13() {
        Assert.assertEquals(0L, Solution.alternatingDigitSum(11L));
    }
}
