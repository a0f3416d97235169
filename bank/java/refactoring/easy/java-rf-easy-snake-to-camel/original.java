public class Solution {
    public static String snakeToCamel(String name) {
        String result = "";
        boolean first = true;
        String[] p = name.split("_");
        for (int i = 0; i < p.length; i++) {
            if (p[i].length() > 0) {
                if (first) {
                    result = result + p[i].toLowerCase();
                    first = false;
                } else {
                    String low = p[i].toLowerCase();
                    result = result + low.substring(0, 1).toUpperCase() + low.substring(1);
                }
            }
        }
        return result;
    }
}
