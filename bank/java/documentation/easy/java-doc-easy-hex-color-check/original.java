public class Solution {
    private static final String HEX_COLOR = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})";

    public static boolean isHexColor(String text) {
        return text.matches(HEX_COLOR);
    }
}
