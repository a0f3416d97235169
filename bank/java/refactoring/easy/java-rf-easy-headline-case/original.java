public class Solution {
    public static String headlineCase(String title) {
        if (title.length() == 0) {
            return "";
        }
        String[] w = title.split(" ", -1);
        String out = "";
        for (int i = 0; i < w.length; i++) {
            String lw = w[i].toLowerCase();
            String r;
            if (i != 0 && i != w.length - 1 && (lw.equals("a") || lw.equals("an") || lw.equals("and")
                    || lw.equals("the") || lw.equals("of") || lw.equals("in") || lw.equals("on")
                    || lw.equals("or") || lw.equals("to"))) {
                r = lw;
            } else {
                if (lw.length() > 0) {
                    r = lw.substring(0, 1).toUpperCase() + lw.substring(1);
                } else {
                    r = lw;
                }
            }
            if (i > 0) {
                out = out + " ";
            }
            out = out + r;
        }
        return out;
    }
}
