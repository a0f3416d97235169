"""Report which password rules a password breaks."""

import string

MIN_LENGTH = 8


def _has_any(password: str, characters: str) -> bool:
    return any(char in characters for char in password)


def password_rule_failures(password: str) -> list[str]:
    passes = {
        "length": len(password) >= MIN_LENGTH,
        "upper": _has_any(password, string.ascii_uppercase),
        "lower": _has_any(password, string.ascii_lowercase),
        "digit": _has_any(password, string.digits),
        "space": " " not in password,
    }
    return [rule for rule, ok in passes.items() if not ok]
