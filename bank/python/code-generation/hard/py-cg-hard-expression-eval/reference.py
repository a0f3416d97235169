"""Recursive-descent evaluator for arithmetic expressions.

Grammar (lowest to highest precedence)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/") unary)*
    unary   := ("+" | "-") unary | power
    power   := primary ("^" unary)?
    primary := NUMBER | "(" expr ")"
"""

import re

_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|[-+*/^()]|[ \t]+")


def evaluate(expression: str) -> float:
    """Evaluate ``expression`` and return its value as a float."""
    return _Parser(_tokenize(expression)).parse()


def _tokenize(expression: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    while position < len(expression):
        match = _TOKEN.match(expression, position)
        if match is None:
            raise ValueError(f"unexpected character {expression[position]!r} at {position}")
        if not match.group().isspace():
            tokens.append(match.group())
        position = match.end()
    return tokens


def _checked_power(base: float, exponent: float) -> float:
    if base == 0 and exponent < 0:
        raise ZeroDivisionError("zero cannot be raised to a negative power")
    result = base**exponent
    if isinstance(result, complex):
        raise ValueError(f"{base} ^ {exponent} has no real result")
    return float(result)


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self._tokens = tokens
        self._position = 0

    def parse(self) -> float:
        value = self._expr()
        if self._peek() is not None:
            raise ValueError(f"unexpected token {self._peek()!r}")
        return value

    def _peek(self) -> str | None:
        if self._position < len(self._tokens):
            return self._tokens[self._position]
        return None

    def _advance(self) -> str:
        token = self._peek()
        if token is None:
            raise ValueError("unexpected end of expression")
        self._position += 1
        return token

    def _expr(self) -> float:
        value = self._term()
        while self._peek() in ("+", "-"):
            operator = self._advance()
            operand = self._term()
            value = value + operand if operator == "+" else value - operand
        return value

    def _term(self) -> float:
        value = self._unary()
        while self._peek() in ("*", "/"):
            operator = self._advance()
            operand = self._unary()
            if operator == "*":
                value *= operand
            elif operand == 0:
                raise ZeroDivisionError("division by zero")
            else:
                value /= operand
        return value

    def _unary(self) -> float:
        if self._peek() in ("+", "-"):
            operator = self._advance()
            operand = self._unary()
            return -operand if operator == "-" else operand
        return self._power()

    def _power(self) -> float:
        base = self._primary()
        if self._peek() != "^":
            return base
        self._advance()
        return _checked_power(base, self._unary())

    def _primary(self) -> float:
        token = self._advance()
        if token == "(":
            value = self._expr()
            if self._advance() != ")":
                raise ValueError("expected ')'")
            return value
        if token[0].isdigit():
            return float(token)
        raise ValueError(f"unexpected token {token!r}")
