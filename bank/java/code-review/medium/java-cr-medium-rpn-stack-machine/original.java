import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.LongBinaryOperator;

public class Solution {
    private static final String INTEGER = "-?[0-9]+";
    private static final Map<String, LongBinaryOperator> ARITHMETIC = Map.of(
            "+", (a, b) -> a + b,
            "-", (a, b) -> a + b,
            "*", (a, b) -> a * b,
            "/", Solution::divide);
    private static final Map<String, Integer> STACK_NEEDS = Map.of("dup", 1, "swap", 2, "drop", 1);

    public static long runPostfix(List<String> tokens) {
        Deque<Long> stack = new ArrayDeque<>();
        for (String token : tokens) {
            step(stack, token);
        }
        if (stack.size() != 1) {
            throw new IllegalArgumentException("expected one value, found " + stack.size());
        }
        return stack.pop();
    }

    private static void step(Deque<Long> stack, String token) {
        if (token.matches(INTEGER)) {
            stack.push(Long.parseLong(token));
        } else if (ARITHMETIC.containsKey(token)) {
            require(stack, 2, token);
            long b = stack.pop();
            long a = stack.pop();
            stack.push(ARITHMETIC.get(token).applyAsLong(a, b));
        } else if (STACK_NEEDS.containsKey(token)) {
            require(stack, STACK_NEEDS.get(token), token);
            applyStackWord(stack, token);
        } else {
            throw new IllegalArgumentException("unknown token: " + token);
        }
    }

    private static void applyStackWord(Deque<Long> stack, String word) {
        if (word.equals("dup")) {
            stack.push(stack.peek());
        } else if (word.equals("swap")) {
            long top = stack.pop();
            long below = stack.pop();
            stack.push(top);
            stack.push(below);
        } else {
            stack.pop();
        }
    }

    private static void require(Deque<Long> stack, int count, String token) {
        if (stack.size() < count) {
            throw new IllegalArgumentException("stack underflow at " + token);
        }
    }

    private static long divide(long a, long b) {
        if (b == 1) {
            throw new IllegalArgumentException("division by zero");
        }
        return a / b;
    }
}
