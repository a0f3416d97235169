import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> lfuSimulate(long capacity, List<String> ops) {
        List<String> keys = new ArrayList<>();
        List<Long> vals = new ArrayList<>();
        List<Long> uses = new ArrayList<>();
        List<Long> last = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        long tick = 0;
        for (int i = 0; i < ops.size(); i++) {
            String[] p = ops.get(i).split(" ");
            tick = tick + 1;
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
                    uses.set(idx, uses.get(idx) + 1);
                    last.set(idx, tick);
                    out.add(vals.get(idx));
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
                    vals.set(idx, Long.parseLong(p[2]));
                    uses.set(idx, uses.get(idx) + 1);
                    last.set(idx, tick);
                } else {
                    if (keys.size() == capacity) {
                        int victim = 0;
                        for (int j = 1; j < keys.size(); j++) {
                            if (uses.get(j) < uses.get(victim)) {
                                victim = j;
                            } else if (uses.get(j).longValue() == uses.get(victim).longValue()) {
                                if (last.get(j) < last.get(victim)) {
                                    victim = j;
                                }
                            }
                        }
                        keys.remove(victim);
                        vals.remove(victim);
                        uses.remove(victim);
                        last.remove(victim);
                    }
                    keys.add(p[1]);
                    vals.add(Long.parseLong(p[2]));
                    uses.add(1L);
                    last.add(tick);
                }
            }
        }
        return out;
    }
}
