
SEPARATORS = frozenset(" -")


def mask_card_number(number: str, visible: int) -> str:
    """Mask a card number for display.

    Args:
        number: the number (string) the description refers to as `number`
        visible: the visible (int) the description refers to as `visible`

    Returns:
        the result described above (string)

    Raises:
        ValueError: when the number holds a character other than a digit, a space or a dash, or visible is negative
    """
    if visible < 0:
        raise ValueError("visible must not be negative")
    if any(not char.isdigit() and char not in SEPARATORS for char in number):
        raise ValueError(f"unexpected character in {number!r}")
    to_mask = max(0, sum(char.isdigit() for char in number) - visible)
    masked = []
    for char in number:
        if char.isdigit() and to_mask > 0:
            masked.append("*")
            to_mask -= 1
        else:
            masked.append(char)
    return "".join(masked)
