
import string

MIN_LENGTH = 8


def _has_any(password: str, characters: str) -> bool:
    return any(char in characters for char in password)


def password_rule_failures(password: str) -> list[str]:
    """Check a password against five rules and return the names of the rules it breaks, in this order: "length" when it has fewer than 8 characters, "upper" when it has no upper-case letter A to Z, "lower" when it has no lower-case letter a to z, "digit" when it has no digit 0 to 9, and "space" when it contains a space character.

    Args:
        password: the password (string) the description refers to as `password`

    Returns:
        the result described above (list of string)
    """
    passes = {
        "length": len(password) >= MIN_LENGTH,
        "upper": _has_any(password, string.ascii_uppercase),
        "lower": _has_any(password, string.ascii_lowercase),
        "digit": _has_any(password, string.digits),
        "space": " " not in password,
    }
    return [rule for rule, ok in passes.items() if not ok]
