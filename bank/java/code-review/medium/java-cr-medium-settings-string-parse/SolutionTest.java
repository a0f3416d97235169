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
        Assert.assertEquals(map("a", "1", "b", "two", "c", ""), Solution.parseSettings("a=1; b = two ;c="));
    }

    @Test
    public void case02() {
        Assert.assertEquals(map("x", "2"), Solution.parseSettings("x=1;x=2"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(map(), Solution.parseSettings(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(map(), Solution.parseSettings(" ; ;"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(map("url", "http://h/?q=1"), Solution.parseSettings("url=http://h/?q=1"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(map("Name", "A", "name", "B"), Solution.parseSettings("Name=A;name=B"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(map("k", "spaced value"), Solution.parseSettings("k = spaced value "));
    }

    @Test
    public void case08() {
        Assert.assertEquals(map("a", "1", "b", "2"), Solution.parseSettings("a=1;;b=2;"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(map("key", "="), Solution.parseSettings("  key  =  =  "));
    }

    @Test
    public void case10() {
        Assert.assertEquals(map("empty", ""), Solution.parseSettings("empty="));
    }

    @Test
    public void case11() {
        Assert.assertEquals(map("level", "3", "mode", "safe"), Solution.parseSettings("mode=fast;level=3;mode=safe"));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.parseSettings("a=1;b"));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.parseSettings("=5"));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.parseSettings("a=1; =2"));
    }
}
