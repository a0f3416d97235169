import java.math.BigInteger;

public class Solution {
    public static String convertBase(String number, long fromBase, long toBase) {
        if (fromBase < 2 || fromBase > 36) {
            throw new IllegalArgumentException("bad base");
        }
        if (toBase < 2 || toBase > 36) {
            throw new IllegalArgumentException("bad base");
        }
        boolean neg = false;
        String s = number;
        if (s.length() > 0 && s.charAt(0) == '-') {
            neg = true;
            s = s.substring(1);
        }
        if (s.length() == 0) {
            throw new IllegalArgumentException("no digits");
        }
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - 48;
            } else if (c >= 'a' && c <= 'z') {
                d = c - 97 + 10;
            } else if (c >= 'A' && c <= 'Z') {
                d = c - 65 + 10;
            } else {
                throw new IllegalArgumentException("bad digit");
            }
            if (d >= fromBase) {
                throw new IllegalArgumentException("bad digit");
            }
            v = v.multiply(BigInteger.valueOf(fromBase)).add(BigInteger.valueOf(d));
        }
        String digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        String out = "";
        if (v.signum() == 0) {
            out = "0";
        }
        while (v.signum() > 0) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.valueOf(toBase));
            out = digits.charAt(qr[1].intValue()) + out;
            v = qr[0];
        }
        if (neg && !out.equals("0")) {
            out = "-" + out;
        }
        return out;
    }
}
