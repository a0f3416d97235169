
import re

_TOKEN = re.compile(r"\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(.))")
_KEYWORDS = {"and", "or", "not", "true", "false"}


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    for word, symbol in _TOKEN.findall(text.rstrip()):
        if symbol and symbol not in "()":
            raise ValueError(f"unexpected character {symbol!r}")
        tokens.append(word or symbol)
    return tokens


class _Parser:
    def __init__(self, tokens: list[str], variables: dict[str, bool]) -> None:
        self.tokens = tokens
        self.variables = variables
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise ValueError("unexpected end of expression")
        self.position += 1
        return token

    def disjunction(self) -> bool:
        value = self.conjunction()
        while self.peek() == "or":
            self.take()
            right = self.conjunction()  # always parsed: errors on the right still count
            value = value or right
        return value

    def conjunction(self) -> bool:
        value = self.negation()
        while self.peek() == "and":
            self.take()
            right = self.negation()
            value = value and right
        return value

    def negation(self) -> bool:
        if self.peek() == "not":
            self.take()
            return not self.negation()
        return self.atom()

    def atom(self) -> bool:
        token = self.take()
        if token == "(":
            value = self.disjunction()
            if self.take() != ")":
                raise ValueError("expected ')'")
            return value
        if token in ("true", "false"):
            return token == "true"
        if token in _KEYWORDS or token == ")":
            raise ValueError(f"unexpected token {token!r}")
        if token not in self.variables:
            raise ValueError(f"unknown variable {token!r}")
        return self.variables[token]


def evaluate_filter(expression: str, variables: dict[str, bool]) -> bool:
    """Evaluate a boolean filter expression.

    Args:
        expression: the expression (string) the description refers to as `expression`
        variables: the variables (map of bool) the description refers to as `variables`

    Returns:
        the result described above (bool)

    Raises:
        ValueError: when the expression is malformed (empty, unknown character, missing operand, unbalanced parenthesis, leftover tokens) or uses a variable that is not in variables
    """
    parser = _Parser(_tokenize(expression), variables)
    value = parser.disjunction()
    if parser.peek() is not None:
        raise ValueError(f"unexpected token {parser.peek()!r}")
    return value
