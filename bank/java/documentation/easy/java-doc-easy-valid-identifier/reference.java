/**
 * Part of check an identifier.
 */
public class Solution {
    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]{0,29}";

    /**
     * Decide whether the text is a valid identifier.
     *
     * @param name the name (string) the description refers to as `name`
     * @return the result described above (bool)
     */
    public static boolean isValidIdentifier(String name) {
        return name.matches(IDENTIFIER);
    }
}
