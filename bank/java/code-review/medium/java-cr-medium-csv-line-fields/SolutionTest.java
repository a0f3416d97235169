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
        Assert.assertEquals(list("a", "b", "c"), Solution.splitCsvLine("a,b,c"));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list("x,y", "z"), Solution.splitCsvLine("\"x,y\",z"));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(""), Solution.splitCsvLine(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("", ""), Solution.splitCsvLine(","));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("say \"hi\"", "2"), Solution.splitCsvLine("\"say \"\"hi\"\"\",2"));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list(" a ", " b "), Solution.splitCsvLine(" a , b "));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list(""), Solution.splitCsvLine("\"\""));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("a", "", "b"), Solution.splitCsvLine("a,\"\",b"));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("ab\"c", "d"), Solution.splitCsvLine("ab\"c,d"));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("", "", ""), Solution.splitCsvLine("\"\",,"));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("a\"", "b"), Solution.splitCsvLine("\"a\"\"\",b"));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list("x", "multi, comma, field"), Solution.splitCsvLine("x,\"multi, comma, field\""));
    }

    @Test
    public void case13() {
        Assert.assertEquals(list(" \"a\""), Solution.splitCsvLine(" \"a\""));
    }

    @Test
    public void case14() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.splitCsvLine("\"abc"));
    }

    @Test
    public void case15() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.splitCsvLine("\"ab\"c,d"));
    }

    @Test
    public void case16() {
        Assert.assertThrows(IllegalArgumentException.class, () -> Solution.splitCsvLine("a,\"b"));
    }
}
