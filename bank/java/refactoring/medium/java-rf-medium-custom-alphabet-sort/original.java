import java.util.ArrayList;
import java.util.List;

public class Solution {
    public static List<String> sortByAlphabet(List<String> words, String alphabet) {
        for (int i = 0; i < alphabet.length(); i++) {
            for (int j = i + 1; j < alphabet.length(); j++) {
                if (alphabet.charAt(i) == alphabet.charAt(j)) {
                    throw new IllegalArgumentException("repeated");
                }
            }
        }
        List<String> w = new ArrayList<>(words);
        for (int i = 1; i < w.size(); i++) {
            int j = i;
            while (j > 0) {
                String a = w.get(j - 1);
                String b = w.get(j);
                int cmp = 0;
                for (int k = 0; k < a.length() && k < b.length(); k++) {
                    int ra = alphabet.indexOf(a.charAt(k));
                    if (ra == -1) {
                        ra = alphabet.length() + a.charAt(k);
                    }
                    int rb = alphabet.indexOf(b.charAt(k));
                    if (rb == -1) {
                        rb = alphabet.length() + b.charAt(k);
                    }
                    if (ra != rb) {
                        cmp = ra < rb ? -1 : 1;
                        break;
                    }
                }
                if (cmp == 0) {
                    cmp = a.length() - b.length();
                }
                if (cmp > 0) {
                    w.set(j - 1, b);
                    w.set(j, a);
                    j--;
                } else {
                    break;
                }
            }
        }
        return w;
    }
}
