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
        Assert.assertEquals(map("1", 1L, "2", 1L, "3", 4L), Solution.wordLengthHistogram("the cat sat on a mat"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(map("1", 1L, "3", 1L, "4", 1L), Solution.wordLengthHistogram("don't stop"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(map(), Solution.wordLengthHistogram(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(map(), Solution.wordLengthHistogram("123 !!"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(map("5", 1L), Solution.wordLengthHistogram("hello"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(map("1", 3L), Solution.wordLengthHistogram("a-b-c"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(map("11", 1L, "5", 1L), Solution.wordLengthHistogram("Mississippi river"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(map("4", 3L), Solution.wordLengthHistogram("well,well,WELL"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(map("1", 1L), Solution.wordLengthHistogram("  x  "));
    }

    @Test
    public void case10() {
        Assert.assertEquals(map("3", 3L, "4", 2L, "5", 1L), Solution.wordLengthHistogram("one two three four five six"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(map("3", 2L), Solution.wordLengthHistogram("abc123def"));
    }
}
