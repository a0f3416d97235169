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
        Assert.assertEquals("userId", Solution.snakeToCamel("user_id"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("getHttpResponse", Solution.snakeToCamel("get_http_response"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.snakeToCamel(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals("", Solution.snakeToCamel("___"));
    }

    @Test
    public void case05() {
        Assert.assertEquals("name", Solution.snakeToCamel("name"));
    }

    @Test
    public void case06() {
        Assert.assertEquals("privateValue", Solution.snakeToCamel("_private_value"));
    }

    @Test
    public void case07() {
        Assert.assertEquals("doubleUnder", Solution.snakeToCamel("double__under"));
    }

    @Test
    public void case08() {
        Assert.assertEquals("trailing", Solution.snakeToCamel("trailing_"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("shoutCase", Solution.snakeToCamel("SHOUT_CASE"));
    }

    @Test
    public void case10() {
        Assert.assertEquals("aBC", Solution.snakeToCamel("a_b_c"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("version2Beta", Solution.snakeToCamel("version_2_beta"));
    }

    @Test
    public void case12() {
        Assert.assertEquals("mixedCaseWords", Solution.snakeToCamel("Mixed_CASE_words"));
    }
}
