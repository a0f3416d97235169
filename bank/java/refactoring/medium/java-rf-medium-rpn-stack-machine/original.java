import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static long runPostfix(List<String> tokens) {
        List<Long> st = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.matches("-?[0-9]+")) {
                st.add(Long.parseLong(t));
            } else if (t.equals("+")) {
                if (st.size() < 2) {
                    throw new IllegalArgumentException("underflow");
                }
                long b = st.remove(st.size() - 1);
                long a = st.remove(st.size() - 1);
                st.add(a + b);
            } else if (t.equals("-")) {
                if (st.size() < 2) {
                    throw new IllegalArgumentException("underflow");
                }
                long b = st.remove(st.size() - 1);
                long a = st.remove(st.size() - 1);
                st.add(a - b);
            } else if (t.equals("*")) {
                if (st.size() < 2) {
                    throw new IllegalArgumentException("underflow");
                }
                long b = st.remove(st.size() - 1);
                long a = st.remove(st.size() - 1);
                st.add(a * b);
            } else if (t.equals("/")) {
                if (st.size() < 2) {
                    throw new IllegalArgumentException("underflow");
                }
                long b = st.remove(st.size() - 1);
                long a = st.remove(st.size() - 1);
                if (b == 0) {
                    throw new IllegalArgumentException("division by zero");
                }
                st.add(a / b);
            } else if (t.equals("dup")) {
                if (st.size() < 1) {
                    throw new IllegalArgumentException("underflow");
                }
                st.add(st.get(st.size() - 1));
            } else if (t.equals("swap")) {
                if (st.size() < 2) {
                    throw new IllegalArgumentException("underflow");
                }
                long b = st.remove(st.size() - 1);
                long a = st.remove(st.size() - 1);
                st.add(b);
                st.add(a);
            } else if (t.equals("drop")) {
                if (st.size() < 1) {
                    throw new IllegalArgumentException("underflow");
                }
                st.remove(st.size() - 1);
            } else {
                throw new IllegalArgumentException("unknown token");
            }
        }
        if (st.size() != 1) {
            throw new IllegalArgumentException("not one value");
        }
        return st.get(0);
    }
}
