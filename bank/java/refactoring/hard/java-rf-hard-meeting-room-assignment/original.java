import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> assignRooms(List<List<Long>> meetings) {
        int n = meetings.size();
        Long[] rooms = new Long[n];
        boolean[] used = new boolean[n];
        List<Long> roomEnds = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (!used[i]) {
                    if (pick == -1 || meetings.get(i).get(0) < meetings.get(pick).get(0)) {
                        pick = i;
                    }
                }
            }
            used[pick] = true;
            long s = meetings.get(pick).get(0);
            long e = meetings.get(pick).get(1);
            boolean found = false;
            for (int r = 0; r < roomEnds.size(); r++) {
                if (!found) {
                    if (roomEnds.get(r) <= s) {
                        roomEnds.set(r, e);
                        rooms[pick] = (long) r;
                        found = true;
                    }
                }
            }
            if (!found) {
                roomEnds.add(e);
                rooms[pick] = (long) (roomEnds.size() - 1);
            }
        }
        List<Long> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(rooms[i]);
        }
        return result;
    }
}
