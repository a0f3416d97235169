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
        Assert.assertEquals("The Lord of the Rings", Solution.headlineCase("the lord of the rings"));
    }

    @Test
    public void case02() {
        Assert.assertEquals("A Tale of Two Cities", Solution.headlineCase("A TALE OF TWO CITIES"));
    }

    @Test
    public void case03() {
        Assert.assertEquals("", Solution.headlineCase(""));
    }

    @Test
    public void case04() {
        Assert.assertEquals("Of", Solution.headlineCase("of"));
    }

    @Test
    public void case05() {
        Assert.assertEquals("War and Peace", Solution.headlineCase("war and peace"));
    }

    @Test
    public void case06() {
        Assert.assertEquals("What It Is Made Of", Solution.headlineCase("what it is made of"));
    }

    @Test
    public void case07() {
        Assert.assertEquals("Gone With the Wind", Solution.headlineCase("gone with the wind"));
    }

    @Test
    public void case08() {
        Assert.assertEquals("An Apple a Day", Solution.headlineCase("an apple a day"));
    }

    @Test
    public void case09() {
        Assert.assertEquals("3rd Rock From the Sun", Solution.headlineCase("3rd rock from the sun"));
    }

    @Test
    public void case10() {
        Assert.assertEquals("To Be or Not to Be", Solution.headlineCase("to be or not to be"));
    }

    @Test
    public void case11() {
        Assert.assertEquals("X", Solution.headlineCase("x"));
    }

    @Test
    public void case12() {
        Assert.assertEquals("In the End", Solution.headlineCase("iN tHe eNd"));
    }
}
