public class Solution {
    public static String nameInitials(String name) {
        String out = "";
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                start = true;
            } else if (c == '-') {
                start = true;
            } else {
                if (start) {
                    out = out + String.valueOf(c).toUpperCase() + ".";
                }
                start = false;
            }
        }
        return out;
    }
}
