import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

public class Solution {
    public static String expandPattern(String pattern) {
        Deque<List<String>> groups = new ArrayDeque<>();
        groups.push(new ArrayList<>());
        int position = 0;
        while (position < pattern.length()) {
            char c = pattern.charAt(position++);
            if (c == '(') {
                groups.push(new ArrayList<>());
            } else if (c == ')') {
                String content = String.join("", groups.pop());
                groups.peek().add(content);
            } else if (c == '*') {
                int end = position;
                while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
                    end++;
                }
                int count = Integer.parseInt(pattern.substring(position, end));
                List<String> items = groups.peek();
                int last = items.size() - 1;
                items.set(last, items.get(last).repeat(count));
                position = end;
            } else {
                groups.peek().add(String.valueOf(c));
            }
        }
        return String.join("", groups.peek());
    }
}
