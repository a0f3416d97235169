
import operator
from collections.abc import Callable

Version = tuple[int, ...]
# Two-character operators first, so ">=" is not read as ">" followed by "=1.2.3".
OPERATORS: dict[str, Callable[[Version, Version], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "=": operator.eq,
}


def _parse_version(text: str) -> Version:
    return tuple(int(part) for part in text.split("."))


def _check(version: Version, comparison: str) -> bool:
    for symbol, compare in OPERATORS.items():
        if comparison.startswith(symbol):
            return compare(version, _parse_version(comparison[len(symbol):]))
    raise ValueError(f"unknown comparison: {comparison!r}")


def satisfies(version: str, constraint: str) -> bool:
    """`version` has the form MAJOR.MINOR.PATCH (three non-negative decimal integers).

    Args:
        version: the version (string) the description refers to as `version`
        constraint: the constraint (string) the description refers to as `constraint`

    Returns:
        the result described above (bool)
    """
    parsed = _parse_version(version)
    return any(
        all(_check(parsed, comparison) for comparison in alternative.split())
        for alternative in constraint.split("||")
    )
