"""Write a number of seconds as "1d 2h 3m 4s", leaving out zero units."""

UNITS = (("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1))


def compact_duration(seconds: int) -> str:
    if seconds < 0:
        raise ValueError("seconds must not be negative")
    parts: list[str] = []
    remaining = seconds
    for letter, length in UNITS:
        count, remaining = divmod(remaining, length)
        if count:
            parts.append(f"{count}{letter}")
    return " ".join(parts) or "0s"
