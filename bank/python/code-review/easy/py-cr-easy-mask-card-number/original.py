"""Mask all but the last digits of a card number."""

SEPARATORS = frozenset(" -")


def mask_card_number(number: str, visible: int) -> str:
    if visible < 0:
        raise ValueError("visible must not be negative")
    if any(char.isdigit() and char not in SEPARATORS for char in number):
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
