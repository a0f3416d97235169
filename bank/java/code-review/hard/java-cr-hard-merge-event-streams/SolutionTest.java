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
        Assert.assertEquals(list("0:boot", "1:login", "0:ready", "1:logout"), Solution.mergeStreams(list(list("1 boot", "5 ready"), list("2 login", "5 logout"))));
    }

    @Test
    public void case02() {
        Assert.assertEquals(list(), Solution.mergeStreams(list()));
    }

    @Test
    public void case03() {
        Assert.assertEquals(list(), Solution.mergeStreams(list(list(), list())));
    }

    @Test
    public void case04() {
        Assert.assertEquals(list("2:a", "0:c", "2:b"), Solution.mergeStreams(list(list("3 c"), list(), list("1 a", "3 b"))));
    }

    @Test
    public void case05() {
        Assert.assertEquals(list("0:x", "0:y", "1:z"), Solution.mergeStreams(list(list("4 x", "4 y"), list("4 z"))));
    }

    @Test
    public void case06() {
        Assert.assertEquals(list("1:fan speed up", "0:disk full warning"), Solution.mergeStreams(list(list("10 disk full warning"), list("9 fan speed up"))));
    }

    @Test
    public void case07() {
        Assert.assertEquals(list("0:nine", "1:ten"), Solution.mergeStreams(list(list("9 nine"), list("10 ten"))));
    }

    @Test
    public void case08() {
        Assert.assertEquals(list("1:nine", "0:ten"), Solution.mergeStreams(list(list("10 ten"), list("9 nine"))));
    }

    @Test
    public void case09() {
        Assert.assertEquals(list("0:start"), Solution.mergeStreams(list(list("0 start"))));
    }

    @Test
    public void case10() {
        Assert.assertEquals(list("1:a", "0:b", "0:c", "1:d", "1:e", "2:f"), Solution.mergeStreams(list(list("2 b", "2 c"), list("1 a", "2 d", "2 e"), list("2 f"))));
    }

    @Test
    public void case11() {
        Assert.assertEquals(list("0:s0e0", "4:s4e0", "5:s5e0", "9:s9e1", "8:s8e2", "4:s4e4", "7:s7e4", "9:s9e5", "4:s4e7", "3:s3e8", "5:s5e8", "6:s6e8", "11:s11e8", "7:s7e10", "2:s2e12", "6:s6e13", "6:s6e15", "11:s11e16", "0:s0e17", "1:s1e17", "2:s2e17", "5:s5e17", "9:s9e17", "8:s8e18", "7:s7e20", "10:s10e20", "0:s0e21", "2:s2e21", "1:s1e22", "3:s3e25", "8:s8e26", "10:s10e26", "11:s11e26", "10:s10e27", "3:s3e28", "1:s1e29"), Solution.mergeStreams(list(list("0 s0e0", "17 s0e17", "21 s0e21"), list("17 s1e17", "22 s1e22", "29 s1e29"), list("12 s2e12", "17 s2e17", "21 s2e21"), list("8 s3e8", "25 s3e25", "28 s3e28"), list("0 s4e0", "4 s4e4", "7 s4e7"), list("0 s5e0", "8 s5e8", "17 s5e17"), list("8 s6e8", "13 s6e13", "15 s6e15"), list("4 s7e4", "10 s7e10", "20 s7e20"), list("2 s8e2", "18 s8e18", "26 s8e26"), list("1 s9e1", "5 s9e5", "17 s9e17"), list("20 s10e20", "26 s10e26", "27 s10e27"), list("8 s11e8", "16 s11e16", "26 s11e26"))));
    }

    @Test
    public void case12() {
        Assert.assertEquals(list("1:ev0", "3:ev0", "0:ev0", "0:ev1", "1:ev1"), Solution.mergeStreams(list(list("4 ev0", "5 ev1"), list("0 ev0", "5 ev1"), list(), list("3 ev0"))));
    }
}
