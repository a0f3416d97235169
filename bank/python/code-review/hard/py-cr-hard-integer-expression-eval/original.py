"""Integer expression evaluator: a tokenizer and a recursive-descent parser."""

import re

_TOKEN = re.compile(r"\s*(?:(\d+)|(.))")
_OPERATORS = set("+-*/%^()")


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    for number, symbol in _TOKEN.findall(text.rstrip()):
        if symbol and symbol not in _OPERATORS:
            raise ValueError(f"unexpected character {symbol!r}")
        tokens.append(number or symbol)
    return tokens


def _divide(left: int, right: int, operator: str) -> int:
    if right == 0:
        raise ValueError("division by zero")
    quotient = abs(left) // abs(right)
    if (left < 0) != (right < 0):
        quotient = -quotient
    return quotient if operator != "/" else left - right * quotient


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise ValueError("unexpected end of expression")
        self.position += 1
        return token

    def expression(self) -> int:
        value = self.term()
        while self.peek() in ("+", "-"):
            operator = self.take()
            right = self.term()
            value = value - right if operator == "+" else value - right
        return value

    def term(self) -> int:
        value = self.unary()
        while self.peek() in ("*", "/", "%"):
            operator = self.take()
            right = self.unary()
            value = value * right if operator == "*" else _divide(value, right, operator)
        return value

    def unary(self) -> int:
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self) -> int:
        base = self.atom()
        if self.peek() == "^":
            return base
        self.take()
        exponent = self.unary()
        if exponent < 0:
            raise ValueError("negative exponent")
        return base ** exponent

    def atom(self) -> int:
        token = self.take()
        if token.isdigit():
            return int(token)
        if token != "(":
            raise ValueError(f"unexpected token {token!r}")
        value = self.expression()
        if self.take() != ")":
            raise ValueError("expected ')'")
        return value


def evaluate_expression(expression: str) -> int:
    parser = _Parser(_tokenize(expression))
    value = parser.expression()
    if parser.peek() is not None:
        raise ValueError(f"unexpected token {parser.peek()!r}")
    return value
