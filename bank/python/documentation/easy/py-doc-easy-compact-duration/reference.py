
UNITS = (("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1))


def compact_duration(seconds: int) -> str:
    """Write a number of seconds as days, hours, minutes and seconds, where a day has 24 hours, an hour 60 minutes and a minute 60 seconds.

    Args:
        seconds: the seconds (int) the description refers to as `seconds`

    Returns:
        the result described above (string)

    Raises:
        ValueError: when seconds is negative
    """
    if seconds < 0:
        raise ValueError("seconds must not be negative")
    parts: list[str] = []
    remaining = seconds
    for letter, length in UNITS:
        count, remaining = divmod(remaining, length)
        if count:
            parts.append(f"{count}{letter}")
    return " ".join(parts) or "0s"
