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
        Assert.assertEquals("A.L.", Solution.nameInitials("ada lovelace"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("J.P.S.", Solution.nameInitials("Jean-Paul Sartre"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.nameInitials(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals("", Solution.nameInitials("   "));
    }

    @Test
    public void case05() {
        Assert.assertEquals("G.B.H.", Solution.nameInitials("  grace   brewster  hopper "));
    }

    @Test
    public void case06() {
        Assert.assertEquals("X.", Solution.nameInitials("x"));
    }

    @Test
    public void case07() {
        Assert.assertEquals("M.J.W.", Solution.nameInitials("mary-jane-watson"));
    }

    @Test
    public void case08() {
        Assert.assertEquals("", Solution.nameInitials("-"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("A.M.", Solution.nameInitials("anne- marie"));
    }

    @Test
    public void case10() {
        Assert.assertEquals("O.", Solution.nameInitials("o'brien"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("E.E.C.", Solution.nameInitials("e e cummings"));
    }

    @Test
    public void case12() {
        Assert.assertEquals("A.T.", Solution.nameInitials("ALAN TURING"));
    }

    @Test
    public void case13() {
        Assert.assertEquals("V.D.", Solution.nameInitials("van--dyke"));
    }
}
