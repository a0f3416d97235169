import java.util.HashMap;
import java.util.Map;

public class Solution {
    public static Map<String, Long> parseKeyValues(String text) {
        Map<String, Long> m = new HashMap<>();
        if (text.trim().length() == 0) {
            return m;
        }
        String[] p = text.split(";", -1);
        for (int i = 0; i < p.length; i++) {
            int eq = -1;
            for (int j = 0; j < p[i].length(); j++) {
                if (p[i].charAt(j) == '=' && eq == -1) {
                    eq = j;
                }
            }
            if (eq == -1) {
                throw new IllegalArgumentException("no =");
            }
            String k = p[i].substring(0, eq).trim();
            String v = p[i].substring(eq + 1).trim();
            if (k.length() == 0) {
                throw new IllegalArgumentException("empty key");
            }
            if (v.length() == 0) {
                throw new IllegalArgumentException("bad value");
            }
            int s = 0;
            if (v.charAt(0) == '-') {
                s = 1;
            }
            if (s == v.length()) {
                throw new IllegalArgumentException("bad value");
            }
            for (int j = s; j < v.length(); j++) {
                if (v.charAt(j) < '0' || v.charAt(j) > '9') {
                    throw new IllegalArgumentException("bad value");
                }
            }
            m.put(k, Long.parseLong(v));
        }
        return m;
    }
}
