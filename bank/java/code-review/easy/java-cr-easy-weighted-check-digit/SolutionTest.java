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
        Assert.assertEquals(6L, Solution.weightedCheckDigit("305"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(0L, Solution.weightedCheckDigit("123"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(6L, Solution.weightedCheckDigit("4"));
    }

    @Test
    public void case04() {
        Assert.assertEquals(0L, Solution.weightedCheckDigit("0"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(1L, Solution.weightedCheckDigit("9"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(6L, Solution.weightedCheckDigit("12"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(0L, Solution.weightedCheckDigit("0000"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(6L, Solution.weightedCheckDigit("1000"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(0L, Solution.weightedCheckDigit("5555"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(3L, Solution.weightedCheckDigit("271828"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(4L, Solution.weightedCheckDigit("11111111111"));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.weightedCheckDigit(""));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.weightedCheckDigit("12a4"));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.weightedCheckDigit("1 2"));
    }
}
