/**
 * Part of check a hex colour code.
 */
public class Solution {
    private static final String HEX_COLOR = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})";

    /**
     * Decide whether the text is a hex colour code: a "#" followed by exactly 3 or exactly 6 hexadecimal digits, where a hexadecimal digit is 0 to 9, a to f or A to F (upper and lower case may be mixed).
     *
     * @param text the text (string) the description refers to as `text`
     * @return the result described above (bool)
     */
    public static boolean isHexColor(String text) {
        return text.matches(HEX_COLOR);
    }
}
