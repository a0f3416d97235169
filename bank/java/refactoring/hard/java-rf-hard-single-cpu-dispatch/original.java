import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<List<Long>> dispatchJobs(List<List<Long>> jobs) {
        List<List<Long>> result = new ArrayList<>();
        boolean[] done = new boolean[jobs.size()];
        long t = 0;
        int count = 0;
        while (count < jobs.size()) {
            int pick = -1;
            for (int i = 0; i < jobs.size(); i++) {
                if (done[i] == false) {
                    if (jobs.get(i).get(0) <= t) {
                        if (pick == -1) {
                            pick = i;
                        } else {
                            if (jobs.get(i).get(2) > jobs.get(pick).get(2)) {
                                pick = i;
                            } else if (jobs.get(i).get(2).longValue() == jobs.get(pick).get(2).longValue()) {
                                if (jobs.get(i).get(0) < jobs.get(pick).get(0)) {
                                    pick = i;
                                }
                            }
                        }
                    }
                }
            }
            if (pick == -1) {
                long next = Long.MAX_VALUE;
                for (int i = 0; i < jobs.size(); i++) {
                    if (done[i] == false) {
                        if (jobs.get(i).get(0) < next) {
                            next = jobs.get(i).get(0);
                        }
                    }
                }
                t = next;
                continue;
            }
            List<Long> row = new ArrayList<>();
            row.add((long) pick);
            row.add(t);
            row.add(t + jobs.get(pick).get(1));
            result.add(row);
            t = t + jobs.get(pick).get(1);
            done[pick] = true;
            count = count + 1;
        }
        return result;
    }
}
