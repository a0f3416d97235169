"""Parse "key=value; key=value" settings strings into a dictionary."""


def _parse_segment(segment: str) -> tuple[str, str]:
    key, separator, value = segment.partition("=")
    key = key.strip(" ")
    if not separator or not key:
        raise ValueError(f"malformed segment: {segment!r}")
    return key, value.strip(" ")


def parse_settings(text: str) -> dict[str, str]:
    segments = (segment.strip(" ") for segment in text.split(";"))
    return dict(_parse_segment(segment) for segment in segments if segment)
