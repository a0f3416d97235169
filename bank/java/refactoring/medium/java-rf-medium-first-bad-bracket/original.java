public class Solution {
    public static long firstBadBracket(String text) {
        int[] stack = new int[text.length()];
        int top = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                stack[top] = i;
                top++;
            } else if (c == ')') {
                if (top == 0) {
                    return i;
                }
                if (text.charAt(stack[top - 1]) != '(') {
                    return i;
                }
                top--;
            } else if (c == ']') {
                if (top == 0) {
                    return i;
                }
                if (text.charAt(stack[top - 1]) != '[') {
                    return i;
                }
                top--;
            } else if (c == '}') {
                if (top == 0) {
                    return i;
                }
                if (text.charAt(stack[top - 1]) != '{') {
                    return i;
                }
                top--;
            }
        }
        if (top > 0) {
            return stack[0];
        }
        return -1;
    }
}
