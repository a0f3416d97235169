
import re

INTEGER = re.compile(r"-?[0-9]+")


def _parse_pair(piece: str) -> tuple[str, int]:
    key, separator, value = piece.partition("=")
    key, value = key.strip(), value.strip()
    if not separator or not key:
        raise ValueError(f"not a key=value pair: {piece!r}")
    if not INTEGER.fullmatch(value):
        raise ValueError(f"value of {key!r} is not an integer: {value!r}")
    return key, int(value)


def parse_key_values(text: str) -> dict[str, int]:
    """Parse settings written as "key=value" pairs separated by semicolons, such as "width=40;height=-3", into a map from key to integer value.

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (map of int)
    """
    if not text.strip():
        return {}
    return dict(_parse_pair(piece) for piece in text.split(";"))
