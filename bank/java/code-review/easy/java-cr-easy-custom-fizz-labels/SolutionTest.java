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
        Assert.assertEquals(list("1", "Foo", "Bar", "Foo", "5", "FooBar"), Solution.customFizzLabels(6L, list(2L, 3L), list("Foo", "Bar")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("1", "Even", "3", "Even", "5"), Solution.customFizzLabels(5L, list(2L), list("Even")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.customFizzLabels(0L, list(2L), list("X")));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("1", "2", "3"), Solution.customFizzLabels(3L, list(), list()));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("A", "A", "A", "A"), Solution.customFizzLabels(4L, list(1L), list("A")));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("1", "Foo", "Bar", "Foo", "5", "BarFoo"), Solution.customFizzLabels(6L, list(3L, 2L), list("Bar", "Foo")));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("1", "xy", "3", "xy"), Solution.customFizzLabels(4L, list(2L, 2L), list("x", "y")));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("1"), Solution.customFizzLabels(1L, list(7L), list("Z")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("1", "2", "3", "4", "5", "6", "Z"), Solution.customFizzLabels(7L, list(7L), list("Z")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("1", "2", "3", "Q", "F", "6", "7", "Q", "9", "F"), Solution.customFizzLabels(10L, list(4L, 5L), list("Q", "F")));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.customFizzLabels(3L, list(2L), list("a", "b")));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.customFizzLabels(3L, list(0L), list("a")));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.customFizzLabels(-1L, list(2L), list("a")));
    }
}
