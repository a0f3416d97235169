import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> lruSimulate(long capacity, List<String> ops) {
        List<String> keys = new ArrayList<>();
        List<Long> vals = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            String[] p = ops.get(i).split(" ");
            if (p[0].equals("get")) {
                int idx = -1;
                for (int j = 0; j < keys.size(); j++) {
                    if (keys.get(j).equals(p[1])) {
                        idx = j;
                    }
                }
                if (idx == -1) {
                    out.add(null);
                } else {
                    String k = keys.remove(idx);
                    Long v = vals.remove(idx);
                    keys.add(k);
                    vals.add(v);
                    out.add(v);
                }
            } else {
                if (capacity == 0) {
                    continue;
                }
                int idx = -1;
                for (int j = 0; j < keys.size(); j++) {
                    if (keys.get(j).equals(p[1])) {
                        idx = j;
                    }
                }
                if (idx != -1) {
                    keys.remove(idx);
                    vals.remove(idx);
                }
                keys.add(p[1]);
                vals.add(Long.parseLong(p[2]));
                if (keys.size() > capacity) {
                    keys.remove(0);
                    vals.remove(0);
                }
            }
        }
        return out;
    }
}
