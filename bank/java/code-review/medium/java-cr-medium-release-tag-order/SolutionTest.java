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
        Assert.assertEquals(list("v1.2.0", "v1.9.3", "v1.10.0"), Solution.orderReleaseTags(list("v1.10.0", "v1.2.0", "v1.9.3")));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("1.9.9", "2.0.0-rc2", "2.0.0-rc10", "2.0.0"), Solution.orderReleaseTags(list("2.0.0", "2.0.0-rc2", "2.0.0-rc10", "1.9.9")));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.orderReleaseTags(list()));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("v1.0.0", "1.0.0"), Solution.orderReleaseTags(list("v1.0.0", "1.0.0")));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("1.0.0", "v1.0.0"), Solution.orderReleaseTags(list("1.0.0", "v1.0.0")));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("0.0.0", "0.0.1", "0.1.0", "1.0.0"), Solution.orderReleaseTags(list("0.0.1", "0.1.0", "1.0.0", "0.0.0")));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("3.0.0-rc1"), Solution.orderReleaseTags(list("3.0.0-rc1")));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("1.2.2", "1.2.3-rc1", "1.2.3-rc1"), Solution.orderReleaseTags(list("1.2.3-rc1", "1.2.2", "1.2.3-rc1")));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("1.0.10", "1.1.0-rc5", "1.01.0"), Solution.orderReleaseTags(list("1.01.0", "1.1.0-rc5", "1.0.10")));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("9.99.99", "v10.0.0-rc1", "10.0.0"), Solution.orderReleaseTags(list("10.0.0", "9.99.99", "v10.0.0-rc1")));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("v2.0.0-rc1", "v2.0.0-rc3", "v2.0.0-rc03"), Solution.orderReleaseTags(list("v2.0.0-rc3", "v2.0.0-rc03", "v2.0.0-rc1")));
    }

    @Test
    public void case12() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.orderReleaseTags(list("1.2")));
    }

    @Test
    public void case13() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.orderReleaseTags(list("1.2.3-beta1")));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.orderReleaseTags(list("1.2.3", "V1.2.3")));
    }
}
