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
        Assert.assertEquals("************1111", Solution.maskCardNumber("4111111111111111", 4L));
    }

    @Test
    public void case02() {
        Assert.assertEquals("****-****-****-1234", Solution.maskCardNumber("4111-1111-1111-1234", 4L));
    }

    @Test
    public void case03() {
        Assert.assertEquals("1234", Solution.maskCardNumber("1234", 4L));
    }

    @Test
    public void case04() {
        Assert.assertEquals("12", Solution.maskCardNumber("12", 4L));
    }

    @Test
    public void case05() {
        Assert.assertEquals("", Solution.maskCardNumber("", 4L));
    }

    @Test
    public void case06() {
        Assert.assertEquals("**** ****", Solution.maskCardNumber("1234 5678", 0L));
    }

    @Test
    public void case07() {
        Assert.assertEquals("***4 5678", Solution.maskCardNumber("1234 5678", 5L));
    }

    @Test
    public void case08() {
        Assert.assertEquals("*-*-9", Solution.maskCardNumber("9-9-9", 1L));
    }

    @Test
    public void case09() {
        Assert.assertEquals("5555 5555", Solution.maskCardNumber("5555 5555", 8L));
    }

    @Test
    public void case10() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.maskCardNumber("1234a", 2L));
    }

    @Test
    public void case11() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.maskCardNumber("1234", -1L));
    }
}
