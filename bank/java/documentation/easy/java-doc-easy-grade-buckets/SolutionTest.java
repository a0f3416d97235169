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
        Assert.assertEquals(map("A", 1L, "B", 1L, "C", 1L, "D", 1L, "F", 1L), Solution.gradeBuckets(list(95L, 82L, 71L, 64L, 12L)));
    }

    @Test
    public void case02() {
        Assert.assertEquals(map("A", 0L, "B", 0L, "C", 0L, "D", 0L, "F", 0L), Solution.gradeBuckets(list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(map("A", 2L, "B", 2L, "C", 0L, "D", 0L, "F", 0L), Solution.gradeBuckets(list(100L, 90L, 89L, 80L)));
    }

    @Test
    public void case04() {
        Assert.assertEquals(map("A", 0L, "B", 0L, "C", 2L, "D", 2L, "F", 2L), Solution.gradeBuckets(list(79L, 70L, 69L, 60L, 59L, 0L)));
    }

    @Test
    public void case05() {
        Assert.assertEquals(map("A", 0L, "B", 0L, "C", 0L, "D", 0L, "F", 3L), Solution.gradeBuckets(list(50L, 50L, 50L)));
    }

    @Test
    public void case06() {
        Assert.assertEquals(map("A", 0L, "B", 0L, "C", 0L, "D", 0L, "F", 1L), Solution.gradeBuckets(list(0L)));
    }

    @Test
    public void case07() {
        Assert.assertEquals(map("A", 1L, "B", 0L, "C", 0L, "D", 0L, "F", 0L), Solution.gradeBuckets(list(100L)));
    }

    @Test
    public void case08() {
        Assert.assertEquals(map("A", 2L, "B", 1L, "C", 2L, "D", 1L, "F", 1L), Solution.gradeBuckets(list(88L, 91L, 77L, 77L, 61L, 99L, 35L)));
    }

    @Test
    public void case09() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.gradeBuckets(list(101L)));
    }

    @Test
    public void case10() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.gradeBuckets(list(90L, -1L)));
    }
}
