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
        Assert.assertEquals(true, Solution.satisfies("1.4.2", ">=1.2.0 <2.0.0"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(false, Solution.satisfies("2.0.0", ">=1.2.0 <2.0.0"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(true, Solution.satisfies("1.2.0", ">=1.2.0"));
    }

    @Test
    public void case04() {
        Assert.assertEquals(true, Solution.satisfies("1.10.0", ">1.9.9"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(false, Solution.satisfies("1.10.0", "<1.9.0"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(true, Solution.satisfies("3.0.0", "=3.0.0"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(false, Solution.satisfies("3.0.1", "=3.0.0"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(true, Solution.satisfies("0.5.0", "<0.1.0 || >=0.5.0"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(false, Solution.satisfies("0.3.0", "<0.1.0 || >=0.5.0"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(true, Solution.satisfies("2.1.0", ">=1.0.0 <2.0.0||>=2.1.0 <=2.1.0"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(false, Solution.satisfies("1.0.0", ">1.0.0 <1.0.0"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(false, Solution.satisfies("10.0.0", "<=9.99.99"));
    }

    @Test
    public void case13() {
        Assert.assertEquals(true, Solution.satisfies("0.0.0", "<=0.0.0 >=0.0.0"));
    }

    @Test
    public void case14() {
        Assert.assertEquals(true, Solution.satisfies("1.2.3", "  >1.2.2   <1.2.4  "));
    }

    @Test
    public void case15() {
        Assert.assertEquals(false, Solution.satisfies("1.2.3", "<1.2.3 || >1.2.3 || =1.2.4"));
    }
}
