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
        Assert.assertEquals(true, Solution.isHexColor("#fff"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(false, Solution.isHexColor("#12345g"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(false, Solution.isHexColor(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(false, Solution.isHexColor("#"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(true, Solution.isHexColor("#1A2b3C"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(false, Solution.isHexColor("fff"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(false, Solution.isHexColor("#ffff"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(true, Solution.isHexColor("#000000"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(false, Solution.isHexColor("##fff"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(false, Solution.isHexColor("#abcdefa"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(true, Solution.isHexColor("#ABC"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(false, Solution.isHexColor("# fff"));
    }

    @Test
    public void case13() {
        Assert.assertEquals(false, Solution.isHexColor("#12"));
    }

    @Test
    public void case14() {
        Assert.assertEquals(false, Solution.isHexColor("123456"));
    }
}
