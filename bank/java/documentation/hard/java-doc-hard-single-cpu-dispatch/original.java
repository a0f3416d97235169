import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public class Solution {
    public static List<List<Long>> dispatchJobs(List<List<Long>> jobs) {
        List<Integer> arrivals = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            arrivals.add(i);
        }
        arrivals.sort(Comparator.comparing((Integer i) -> jobs.get(i).get(0)).thenComparing(i -> i));
        Comparator<Integer> byPriority = Comparator.comparing((Integer i) -> -jobs.get(i).get(2));
        PriorityQueue<Integer> ready = new PriorityQueue<>(
            byPriority.thenComparing(i -> jobs.get(i).get(0)).thenComparing(i -> i));
        List<List<Long>> schedule = new ArrayList<>();
        long clock = 0;
        int next = 0;
        while (schedule.size() < jobs.size()) {
            if (ready.isEmpty()) {
                clock = Math.max(clock, jobs.get(arrivals.get(next)).get(0));
            }
            while (next < jobs.size() && jobs.get(arrivals.get(next)).get(0) <= clock) {
                ready.add(arrivals.get(next++));
            }
            int index = ready.poll();
            long finish = clock + jobs.get(index).get(1);
            schedule.add(List.of((long) index, clock, finish));
            clock = finish;
        }
        return schedule;
    }
}
