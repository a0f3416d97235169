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
        Assert.assertEquals(1L, Solution.typoDistance("form", "from", map("delete", 1L, "insert", 1L, "replace", 1L, "swap", 1L)));
    }
}
