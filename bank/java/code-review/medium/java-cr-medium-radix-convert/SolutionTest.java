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
        Assert.assertEquals("ff", Solution.convertBase("255", 10L, 16L));
    }

    @Test
    public void case02() {
        Assert.assertEquals("11111111", Solution.convertBase("ff", 16L, 2L));
    }

    @Test
    public void case03() {
        Assert.assertEquals("255", Solution.convertBase("FF", 16L, 10L));
    }

    @Test
    public void case04() {
        Assert.assertEquals("-10", Solution.convertBase("-1010", 2L, 10L));
    }

    @Test
    public void case05() {
        Assert.assertEquals("0", Solution.convertBase("0", 10L, 2L));
    }

    @Test
    public void case06() {
        Assert.assertEquals("0", Solution.convertBase("-0", 10L, 7L));
    }

    @Test
    public void case07() {
        Assert.assertEquals("123", Solution.convertBase("000123", 10L, 10L));
    }

    @Test
    public void case08() {
        Assert.assertEquals("35", Solution.convertBase("z", 36L, 10L));
    }

    @Test
    public void case09() {
        Assert.assertEquals("z", Solution.convertBase("35", 10L, 36L));
    }

    @Test
    public void case10() {
        Assert.assertEquals("lfls", Solution.convertBase("1000000", 10L, 36L));
    }

    @Test
    public void case11() {
        Assert.assertEquals("1fffffffffffff", Solution.convertBase("9007199254740991", 10L, 16L));
    }

    @Test
    public void case12() {
        Assert.assertEquals("110", Solution.convertBase("12", 10L, 3L));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.convertBase("12", 1L, 10L));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.convertBase("19", 8L, 10L));
    }

    @Test
    public void case15() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.convertBase("-", 10L, 2L));
    }
}
