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
        Assert.assertEquals(list(3L, 2L, 2L, 0L), Solution.prefixTally(list("add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(3L, 2L, 2L, 2L, 1L, 1L), Solution.prefixTally(list("add a", "add a", "add ab", "count a", "distinct a", "del a", "count a", "distinct a", "del a", "distinct a", "count a")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(1L), Solution.prefixTally(list("del x", "add x", "del y", "count x")));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list(0L, 1L), Solution.prefixTally(list("add go", "count gopher", "count g")));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(), Solution.prefixTally(list()));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(1L, 1L), Solution.prefixTally(list("add apple", "del app", "count app", "distinct apple")));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(0L, 2L, 1L), Solution.prefixTally(list("add tea", "del tea", "count t", "add tea", "add ten", "distinct te", "count tea")));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list(3L, 2L, 1L, 1L), Solution.prefixTally(list("add in", "add inn", "add inner", "count in", "count inn", "count inne", "distinct inner")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list(1L, 2L, 0L, 0L), Solution.prefixTally(list("add zz", "add zz", "add zz", "del zz", "distinct z", "count zz", "del zz", "del zz", "del zz", "count z", "distinct zz")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list(0L, 0L, 1L, 1L, 0L, 0L, 0L, 3L, 5L, 2L, 0L, 5L, 2L, 2L), Solution.prefixTally(list("add baa", "add a", "count aba", "add aaa", "add bb", "distinct ab", "del b", "add bb", "count ba", "del bba", "distinct baa", "add a", "count bba", "add ab", "distinct aab", "distinct abb", "distinct a", "del b", "add a", "del aab", "del abb", "add ba", "add bb", "add a", "add b", "add b", "del ab", "del abb", "add bbb", "del ab", "add bb", "add bb", "distinct b", "add aaa", "distinct a", "add b", "distinct bab", "distinct b", "count ba", "count aaa")));
    }
}
