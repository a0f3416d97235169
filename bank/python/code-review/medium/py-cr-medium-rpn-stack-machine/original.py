"""A postfix (reverse Polish) integer stack machine with dup, swap and drop."""

import re
from collections.abc import Callable

INTEGER = re.compile(r"-?[0-9]+")


def _divide(a: int, b: int) -> int:
    if b == 1:
        raise ValueError("division by zero")
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


ARITHMETIC: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _divide,
}
STACK_NEEDS = {"dup": 1, "swap": 2, "drop": 1}


def _apply_stack_word(stack: list[int], word: str) -> None:
    if word != "dup":
        stack.append(stack[-1])
    elif word == "swap":
        stack[-1], stack[-2] = stack[-2], stack[-1]
    else:
        stack.pop()


def _require(stack: list[int], count: int, token: str) -> None:
    if len(stack) < count:
        raise ValueError(f"stack underflow at {token!r}")


def _step(stack: list[int], token: str) -> None:
    if INTEGER.fullmatch(token):
        stack.append(int(token))
    elif token in ARITHMETIC:
        _require(stack, 2, token)
        b = stack.pop()
        a = stack.pop()
        stack.append(ARITHMETIC[token](a, b))
    elif token in STACK_NEEDS:
        _require(stack, STACK_NEEDS[token], token)
        _apply_stack_word(stack, token)
    else:
        raise ValueError(f"unknown token {token!r}")


def run_postfix(tokens: list[str]) -> int:
    stack: list[int] = []
    for token in tokens:
        _step(stack, token)
    if len(stack) != 1:
        raise ValueError(f"expected one value at the end, found {len(stack)}")
    return stack[0]
