import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Boolean filter evaluator: a tokenizer and a recursive-descent parser. */
public class Solution {
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false");

    private static boolean wordChar(char c, boolean first) {
        return c == '_' || (c < 128 && Character.isLetter(c)) || (!first && c >= '0' && c <= '9');
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (wordChar(c, true)) {
                int start = i;
                while (i < text.length() && wordChar(text.charAt(i), false)) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "'");
            }
        }
        return tokens;
    }

    /** Evaluates while it parses; both operands of and/or are always parsed, so errors anywhere count. */
    private static final class Parser {
        private final List<String> tokens;
        private final Map<String, Boolean> variables;
        private int position;

        Parser(List<String> tokens, Map<String, Boolean> variables) {
            this.tokens = tokens;
            this.variables = variables;
        }

        String peek() {
            return position < tokens.size() ? tokens.get(position) : null;
        }

        String take() {
            String token = peek();
            if (token == null) {
                throw new IllegalArgumentException("unexpected end of expression");
            }
            position++;
            return token;
        }

        boolean disjunction() {
            boolean value = conjunction();
            while ("or".equals(peek())) {
                take();
                boolean right = conjunction();
                value = value || right;
            }
            return value;
        }

        boolean conjunction() {
            boolean value = negation();
            while ("and".equals(peek())) {
                take();
                boolean right = negation();
                value = value && right;
            }
            return value;
        }

        boolean negation() {
            if (!"not".equals(peek())) {
                return atom();
            }
            take();
            return !negation();
        }

        boolean atom() {
            String token = take();
            if (token.equals("(")) {
                boolean value = disjunction();
                if (!take().equals(")")) {
                    throw new IllegalArgumentException("expected ')'");
                }
                return value;
            }
            if (token.equals("true") || token.equals("false")) {
                return token.equals("true");
            }
            if (KEYWORDS.contains(token) || token.equals(")")) {
                throw new IllegalArgumentException("unexpected token " + token);
            }
            Boolean value = variables.get(token);
            if (value == null) {
                throw new IllegalArgumentException("unknown variable " + token);
            }
            return value;
        }
    }

    public static boolean evaluateFilter(String expression, Map<String, Boolean> variables) {
        Parser parser = new Parser(tokenize(expression), variables);
        boolean value = parser.disjunction();
        if (parser.peek() != null) {
            throw new IllegalArgumentException("unexpected token " + parser.peek());
        }
        return value;
    }
}
