public class Solution {
    public static long durationToSeconds(String text) {
        if (text.length() == 0) {
            throw new IllegalArgumentException("empty");
        }
        long total = 0;
        int last = -1;
        String num = "";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                num = num + c;
            } else {
                if (num.length() == 0) {
                    throw new IllegalArgumentException("unit without digits");
                }
                if (c == 'd') {
                    if (last >= 0) {
                        throw new IllegalArgumentException("order");
                    }
                    total = total + Long.parseLong(num) * 86400;
                    last = 0;
                } else if (c == 'h') {
                    if (last >= 1) {
                        throw new IllegalArgumentException("order");
                    }
                    total = total + Long.parseLong(num) * 3600;
                    last = 1;
                } else if (c == 'm') {
                    if (last >= 2) {
                        throw new IllegalArgumentException("order");
                    }
                    total = total + Long.parseLong(num) * 60;
                    last = 2;
                } else if (c == 's') {
                    if (last >= 3) {
                        throw new IllegalArgumentException("order");
                    }
                    total = total + Long.parseLong(num);
                    last = 3;
                } else {
                    throw new IllegalArgumentException("bad char");
                }
                num = "";
            }
        }
        if (num.length() > 0) {
            throw new IllegalArgumentException("trailing digits");
        }
        return total;
    }
}
