import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<String> passwordRuleFailures(String password) {
        List<String> out = new ArrayList<>();
        if (password.length() < 8) {
            out.add("length");
        }
        boolean u = false;
        for (int i = 0; i < password.length(); i++) {
            if (password.charAt(i) >= 'A' && password.charAt(i) <= 'Z') {
                u = true;
            }
        }
        if (!u) {
            out.add("upper");
        }
        boolean l = false;
        for (int i = 0; i < password.length(); i++) {
            if (password.charAt(i) >= 'a' && password.charAt(i) <= 'z') {
                l = true;
            }
        }
        if (!l) {
            out.add("lower");
        }
        boolean d = false;
        for (int i = 0; i < password.length(); i++) {
            if (password.charAt(i) >= '0' && password.charAt(i) <= '9') {
                d = true;
            }
        }
        if (!d) {
            out.add("digit");
        }
        boolean s = false;
        for (int i = 0; i < password.length(); i++) {
            if (password.charAt(i) == ' ') {
                s = true;
            }
        }
        if (s) {
            out.add("space");
        }
        return out;
    }
}
