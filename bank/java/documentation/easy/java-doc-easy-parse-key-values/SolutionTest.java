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
        Assert.assertEquals(map("a", 1L, "b", 2L), Solution.parseKeyValues("a=1;b=2"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(map("height", -3L, "width", 40L), Solution.parseKeyValues(" width = 40 ; height=-3 "));
    }

    @Test
    public void case03() {
        Assert.assertEquals(map(), Solution.parseKeyValues(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(map(), Solution.parseKeyValues("   "));
    }

    @Test
    public void case05() {
        Assert.assertEquals(map("x", 2L), Solution.parseKeyValues("x=1;x=2"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(map("n", 0L), Solution.parseKeyValues("n=0"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(map("big", 9007199254740991L), Solution.parseKeyValues("big=9007199254740991"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(map("a b", 5L), Solution.parseKeyValues("a b=5"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(map("k", 7L, "m", -10L), Solution.parseKeyValues("k=007;m=-10"));
    }

    @Test
    public void case10() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.parseKeyValues("a=1;b"));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.parseKeyValues("=5"));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.parseKeyValues("a=12x"));
    }
}
