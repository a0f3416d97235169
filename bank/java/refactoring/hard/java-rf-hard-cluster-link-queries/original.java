import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<Long> clusterQueries(long n, List<String> ops) {
        int[] label = new int[(int) n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            String[] p = ops.get(i).split(" ");
            if (p[0].equals("link")) {
                int a = Integer.parseInt(p[1]);
                int b = Integer.parseInt(p[2]);
                int la = label[a];
                int lb = label[b];
                if (la != lb) {
                    for (int j = 0; j < n; j++) {
                        if (label[j] == lb) {
                            label[j] = la;
                        }
                    }
                }
            } else if (p[0].equals("same")) {
                if (label[Integer.parseInt(p[1])] == label[Integer.parseInt(p[2])]) {
                    out.add(1L);
                } else {
                    out.add(0L);
                }
            } else if (p[0].equals("size")) {
                long c = 0;
                for (int j = 0; j < n; j++) {
                    if (label[j] == label[Integer.parseInt(p[1])]) {
                        c = c + 1;
                    }
                }
                out.add(c);
            } else {
                long c = 0;
                for (int j = 0; j < n; j++) {
                    boolean first = true;
                    for (int m = 0; m < j; m++) {
                        if (label[m] == label[j]) {
                            first = false;
                        }
                    }
                    if (first) {
                        c = c + 1;
                    }
                }
                out.add(c);
            }
        }
        return out;
    }
}
