import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<String> customFizzLabels(long n, List<Long> divisors, List<String> labels) {
        if (n < 0) {
            throw new IllegalArgumentException("negative");
        }
        if (divisors.size() != labels.size()) {
            throw new IllegalArgumentException("lengths");
        }
        for (int i = 0; i < divisors.size(); i++) {
            if (divisors.get(i) < 1) {
                throw new IllegalArgumentException("divisor");
            }
        }
        List<String> out = new ArrayList<>();
        for (long x = 1; x <= n; x++) {
            String s = "";
            boolean any = false;
            for (int i = 0; i < divisors.size(); i++) {
                if (x % divisors.get(i) == 0) {
                    s = s + labels.get(i);
                    any = true;
                }
            }
            if (any == false || s.equals("")) {
                s = "" + x;
            }
            out.add(s);
        }
        return out;
    }
}
