"""Parsing and ordering of semantic version strings."""

import re
from functools import cmp_to_key

_NUMBER = r"0|[1-9][0-9]*"
_IDENTIFIER = r"[0-9A-Za-z-]+"
_VERSION = re.compile(
    rf"(?P<core>(?:{_NUMBER})\.(?:{_NUMBER})\.(?:{_NUMBER}))"
    rf"(?:-(?P<pre>{_IDENTIFIER}(?:\.{_IDENTIFIER})*))?"
    rf"(?:\+{_IDENTIFIER}(?:\.{_IDENTIFIER})*)?"
)

Identifier = tuple[int, int | str]
Key = tuple[tuple[int, ...], bool, tuple[Identifier, ...]]


def compare_versions(a: str, b: str) -> int:
    """Return -1, 0 or 1 as version ``a`` is lower than, equal to or greater than ``b``."""
    key_a, key_b = _key(a), _key(b)
    return (key_a > key_b) - (key_a < key_b)


def sort_versions(versions: list[str]) -> list[str]:
    """Return ``versions`` sorted ascending by precedence (stable)."""
    return sorted(versions, key=cmp_to_key(compare_versions))


def _key(version: str) -> Key:
    match = _VERSION.fullmatch(version)
    if match is None:
        raise ValueError(f"invalid version {version!r}")
    core = tuple(int(part) for part in match.group("core").split("."))
    pre = match.group("pre")
    if pre is None:
        return core, True, ()
    return core, False, tuple(_identifier(part) for part in pre.split("."))


def _identifier(part: str) -> Identifier:
    """Numeric identifiers sort before alphanumeric ones, each within its own kind."""
    if not part.isdigit():
        return 1, part
    if len(part) > 1 and part.startswith("0"):
        raise ValueError(f"numeric pre-release identifier with leading zero: {part!r}")
    return 0, int(part)
