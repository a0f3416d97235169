
import string

MAX_LENGTH = 30
FIRST_CHARS = frozenset(string.ascii_letters + "_")
OTHER_CHARS = FIRST_CHARS | frozenset(string.digits)


def is_valid_identifier(name: str) -> bool:
    """Decide whether the text is a valid identifier.

    Args:
        name: the name (string) the description refers to as `name`

    Returns:
        the result described above (bool)
    """
    if not 1 <= len(name) <= MAX_LENGTH:
        return False
    return name[0] in FIRST_CHARS and all(char in OTHER_CHARS for char in name[1:])
