

def _parse_segment(segment: str) -> tuple[str, str]:
    key, separator, value = segment.partition("=")
    key = key.strip(" ")
    if not separator or not key:
        raise ValueError(f"malformed segment: {segment!r}")
    return key, value.strip(" ")


def parse_settings(text: str) -> dict[str, str]:
    """Parse a settings string such as "a=1; b = two ;c=" into a map from keys to values.

    Args:
        text: the text (string) the description refers to as `text`

    Returns:
        the result described above (map of string)
    """
    segments = (segment.strip(" ") for segment in text.split(";"))
    return dict(_parse_segment(segment) for segment in segments if segment)
