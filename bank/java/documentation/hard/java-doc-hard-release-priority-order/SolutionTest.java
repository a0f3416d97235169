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
        Assert.assertEquals(list("build", "lint", "test", "deploy"), Solution.releaseOrder(map("build", 5L, "deploy", 9L, "lint", 4L, "test", 3L), list(list("build", "test"), list("lint", "test"), list("test", "deploy"))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("c", "a", "b"), Solution.releaseOrder(map("a", 1L, "b", 1L, "c", 2L), list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.releaseOrder(map(), list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("x", "y"), Solution.releaseOrder(map("x", 1L, "y", 10L), list(list("x", "y"))));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("a", "c", "d", "b"), Solution.releaseOrder(map("a", 5L, "b", 1L, "c", 9L, "d", 3L), list(list("a", "c"))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("p", "q"), Solution.releaseOrder(map("p", 1L, "q", 2L), list(list("p", "q"), list("p", "q"))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("o", "m", "n"), Solution.releaseOrder(map("m", -1L, "n", -5L, "o", 0L), list()));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("Alpha", "alpha", "beta"), Solution.releaseOrder(map("Alpha", 2L, "alpha", 2L, "beta", 2L), list()));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("root", "left", "right", "join"), Solution.releaseOrder(map("join", 100L, "left", 1L, "right", 1L, "root", 0L), list(list("root", "left"), list("root", "right"), list("left", "join"), list("right", "join"))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("t1", "t3", "t2", "t6", "t5", "t4", "t8", "t7"), Solution.releaseOrder(map("t1", 3L, "t2", 3L, "t3", 7L, "t4", 1L, "t5", 7L, "t6", 2L, "t7", 9L, "t8", 0L), list(list("t4", "t7"), list("t1", "t3"), list("t6", "t5"), list("t8", "t7"), list("t2", "t6"), list("t3", "t8"))));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.releaseOrder(map("a", 1L, "b", 1L), list(list("a", "b"), list("b", "a"))));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.releaseOrder(map("a", 1L), list(list("a", "a"))));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.releaseOrder(map("a", 1L), list(list("a", "z"))));
    }
}
