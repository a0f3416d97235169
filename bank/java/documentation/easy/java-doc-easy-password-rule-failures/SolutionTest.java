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
        Assert.assertEquals(list(), Solution.passwordRuleFailures("Secret123"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("length", "upper", "digit"), Solution.passwordRuleFailures("secret"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list("length", "upper", "lower", "digit"), Solution.passwordRuleFailures(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("lower", "digit"), Solution.passwordRuleFailures("ABCDEFGH"));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list(), Solution.passwordRuleFailures("Abcdefg1"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("length"), Solution.passwordRuleFailures("Abcdef1"));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("space"), Solution.passwordRuleFailures("Pass word 99"));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("upper", "lower"), Solution.passwordRuleFailures("12345678"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("length", "upper", "lower", "digit", "space"), Solution.passwordRuleFailures(" "));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("length"), Solution.passwordRuleFailures("aB3"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("upper", "digit", "space"), Solution.passwordRuleFailures("lowercase only"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list("upper", "lower", "digit"), Solution.passwordRuleFailures("!!!!!!!!"));
    }
}
