import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static List<Long> prefixTally(List<String> ops) {
        Map<String, Long> words = new HashMap<>();
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            String op = ops.get(i);
            String cmd = op.substring(0, op.indexOf(" "));
            String w = op.substring(op.indexOf(" ") + 1);
            if (cmd.equals("add")) {
                if (words.containsKey(w)) {
                    words.put(w, words.get(w) + 1);
                } else {
                    words.put(w, 1L);
                }
            } else if (cmd.equals("del")) {
                if (words.containsKey(w)) {
                    if (words.get(w) == 1) {
                        words.remove(w);
                    } else {
                        words.put(w, words.get(w) - 1);
                    }
                }
            } else if (cmd.equals("count")) {
                long c = 0;
                List<String> keys = new ArrayList<>(words.keySet());
                for (int j = 0; j < keys.size(); j++) {
                    if (keys.get(j).startsWith(w)) {
                        c = c + words.get(keys.get(j));
                    }
                }
                out.add(c);
            } else {
                long c = 0;
                List<String> keys = new ArrayList<>(words.keySet());
                for (int j = 0; j < keys.size(); j++) {
                    if (keys.get(j).startsWith(w)) {
                        c = c + 1;
                    }
                }
                out.add(c);
            }
        }
        return out;
    }
}
