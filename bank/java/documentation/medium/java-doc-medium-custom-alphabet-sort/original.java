import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Solution {
    public static List<String> sortByAlphabet(List<String> words, String alphabet) {
        Map<Character, Integer> rank = new HashMap<>();
        for (int i = 0; i < alphabet.length(); i++) {
            if (rank.put(alphabet.charAt(i), i) != null) {
                throw new IllegalArgumentException("alphabet has a repeated character");
            }
        }
        int outside = alphabet.length();
        Comparator<String> order = (first, second) -> {
            int common = Math.min(first.length(), second.length());
            for (int i = 0; i < common; i++) {
                int a = rank.getOrDefault(first.charAt(i), outside + first.charAt(i));
                int b = rank.getOrDefault(second.charAt(i), outside + second.charAt(i));
                if (a != b) {
                    return Integer.compare(a, b);
                }
            }
            return Integer.compare(first.length(), second.length());
        };
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(order);
        return sorted;
    }
}
