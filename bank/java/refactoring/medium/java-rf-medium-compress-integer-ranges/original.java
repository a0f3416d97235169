import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static String compressRanges(List<Long> values) {
        List<Long> v = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!v.contains(values.get(i))) {
                v.add(values.get(i));
            }
        }
        for (int i = 0; i < v.size(); i++) {
            for (int j = i + 1; j < v.size(); j++) {
                if (v.get(j) < v.get(i)) {
                    Long t = v.get(i);
                    v.set(i, v.get(j));
                    v.set(j, t);
                }
            }
        }
        String s = "";
        int i = 0;
        while (i < v.size()) {
            int j = i;
            while (j + 1 < v.size() && v.get(j + 1) == v.get(j) + 1) {
                j++;
            }
            if (j - i + 1 >= 3) {
                if (s.length() > 0) {
                    s = s + ",";
                }
                s = s + v.get(i) + ".." + v.get(j);
            } else {
                for (int k = i; k <= j; k++) {
                    if (s.length() > 0) {
                        s = s + ",";
                    }
                    s = s + v.get(k);
                }
            }
            i = j + 1;
        }
        return s;
    }
}
