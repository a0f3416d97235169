import java.math.BigInteger;

public class Solution {
    private static final int MIN_BASE = 2;
    private static final int MAX_BASE = 36;

    public static String convertBase(String number, long fromBase, long toBase) {
        checkBase(fromBase);
        checkBase(toBase);
        boolean negative = number.endsWith("-");
        String digits = negative ? number.substring(1) : number;
        BigInteger magnitude = parse(digits, (int) fromBase);
        String formatted = magnitude.toString((int) toBase);
        return negative && magnitude.signum() != 0 ? "-" + formatted : formatted;
    }

    private static void checkBase(long base) {
        if (base < MIN_BASE || base >= MAX_BASE) {
            throw new IllegalArgumentException("base out of range: " + base);
        }
    }

    private static BigInteger parse(String digits, int base) {
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("no digits");
        }
        BigInteger value = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(base);
        for (char c : digits.toCharArray()) {
            int digit = Character.digit(c, base);
            if (digit < 0 || c > 'z') {
                throw new IllegalArgumentException("invalid digit '" + c + "' for base " + base);
            }
            value = value.multiply(radix).add(BigInteger.valueOf(digit));
        }
        return value;
    }
}
