import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class Solution {
    public static List<String> releaseOrder(Map<String, Long> priorities,
            List<List<String>> dependencies) {
        List<String> tasks = new ArrayList<>(priorities.keySet());
        for (int i = 0; i < dependencies.size(); i++) {
            if (!priorities.containsKey(dependencies.get(i).get(0))) {
                throw new IllegalArgumentException("unknown task " + dependencies.get(i).get(0));
            }
            if (!priorities.containsKey(dependencies.get(i).get(1))) {
                throw new IllegalArgumentException("unknown task " + dependencies.get(i).get(1));
            }
        }
        List<String> result = new ArrayList<>();
        while (result.size() < tasks.size()) {
            String pick = null;
            for (int i = 0; i < tasks.size(); i++) {
                String t = tasks.get(i);
                if (!result.contains(t)) {
                    boolean ok = true;
                    for (int j = 0; j < dependencies.size(); j++) {
                        if (dependencies.get(j).get(1).equals(t)) {
                            if (!result.contains(dependencies.get(j).get(0))) {
                                ok = false;
                            }
                        }
                    }
                    if (ok) {
                        if (pick == null) {
                            pick = t;
                        } else if (priorities.get(t) > priorities.get(pick)) {
                            pick = t;
                        } else if (priorities.get(t).longValue() == priorities.get(pick).longValue()) {
                            if (t.compareTo(pick) < 0) {
                                pick = t;
                            }
                        }
                    }
                }
            }
            if (pick == null) {
                throw new IllegalArgumentException("cycle");
            }
            result.add(pick);
        }
        return result;
    }
}
