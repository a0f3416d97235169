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
        Assert.assertEquals(map("e", 1L, "h", 1L, "l", 2L, "o", 1L), Solution.letterFrequency("Hello"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(map("a", 3L, "b", 2L), Solution.letterFrequency("AaBb a"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(map(), Solution.letterFrequency(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(map(), Solution.letterFrequency("123 !?"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(map("z", 1L), Solution.letterFrequency("z"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(map("z", 4L), Solution.letterFrequency("Zz-Zz"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(map("a", 1L, "c", 1L, "e", 1L, "h", 1L, "t", 2L), Solution.letterFrequency("The cat"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(map("a", 5L), Solution.letterFrequency("aaaaa"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(map("a", 1L, "b", 1L, "c", 1L), Solution.letterFrequency("A1b2C3"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(map("i", 4L, "m", 1L, "p", 2L, "s", 4L), Solution.letterFrequency("Mississippi"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(map(), Solution.letterFrequency("   "));
    }

    @Test
    public void case12() {
        Assert.assertEquals(map("x", 2L, "y", 2L, "z", 2L), Solution.letterFrequency("XyZ xYz"));
    }
}
