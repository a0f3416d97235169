public class Solution {
    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]{0,29}";

    public static boolean isValidIdentifier(String name) {
        return name.matches(IDENTIFIER);
    }
}
