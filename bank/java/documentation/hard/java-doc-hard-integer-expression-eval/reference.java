import java.util.ArrayList;
import java.util.List;

/**
 * Part of integer expression evaluator.
 */
public class Solution {
    private static final String OPERATORS = "+-*/%^()";

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else if (OPERATORS.indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "'");
            }
        }
        return tokens;
    }

    private static long apply(String operator, long left, long right) {
        switch (operator) {
            case "+":
                return left + right;
            case "-":
                return left - right;
            case "*":
                return left * right;
            default:
                if (right == 0) {
                    throw new IllegalArgumentException("division by zero");
                }
                return operator.equals("/") ? left / right : left % right; // both truncate toward zero
        }
    }

    private static final class Parser {
        private final List<String> tokens;
        private int position;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        String peek() {
            return position < tokens.size() ? tokens.get(position) : "";
        }

        String take() {
            if (position >= tokens.size()) {
                throw new IllegalArgumentException("unexpected end of expression");
            }
            return tokens.get(position++);
        }

        long expression() {
            long value = term();
            while (peek().equals("+") || peek().equals("-")) {
                String operator = take();
                value = apply(operator, value, term());
            }
            return value;
        }

        long term() {
            long value = unary();
            while (peek().equals("*") || peek().equals("/") || peek().equals("%")) {
                String operator = take();
                value = apply(operator, value, unary());
            }
            return value;
        }

        long unary() {
            if (!peek().equals("-")) {
                return power();
            }
            take();
            return -unary();
        }

        long power() {
            long base = atom();
            if (!peek().equals("^")) {
                return base;
            }
            take();
            long exponent = unary();
            if (exponent < 0) {
                throw new IllegalArgumentException("negative exponent");
            }
            long result = 1;
            for (long i = 0; i < exponent; i++) {
                result *= base;
            }
            return result;
        }

        long atom() {
            String token = take();
            if (Character.isDigit(token.charAt(0))) {
                return Long.parseLong(token);
            }
            if (!token.equals("(")) {
                throw new IllegalArgumentException("unexpected token " + token);
            }
            long value = expression();
            if (!take().equals(")")) {
                throw new IllegalArgumentException("expected ')'");
            }
            return value;
        }
    }

    /**
     * Evaluate an integer arithmetic expression.
     *
     * @param expression the expression (string) the description refers to as `expression`
     * @return the result described above (int)
     * @throws IllegalArgumentException when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens), divides or takes a remainder by zero, or raises to a negative exponent
     */
    public static long evaluateExpression(String expression) {
        Parser parser = new Parser(tokenize(expression));
        long value = parser.expression();
        if (!parser.peek().isEmpty()) {
            throw new IllegalArgumentException("unexpected token " + parser.peek());
        }
        return value;
    }
}
