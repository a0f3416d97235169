"""Parse a compact duration string such as "1h30m" into seconds."""

import re

UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
UNIT_ORDER = "dhms"
COMPONENT = re.compile(r"([0-9]+)([a-z])")


def _components(text: str) -> list[tuple[int, str]]:
    components = []
    position = 0
    while position < len(text):
        match = COMPONENT.match(text, position)
        if match is None or match.group(2) not in UNIT_SECONDS:
            raise ValueError(f"malformed duration at position {position}: {text!r}")
        components.append((int(match.group(1)), match.group(2)))
        position = match.end()
    return components


def duration_to_seconds(text: str) -> int:
    components = _components(text)
    if not components:
        raise ValueError("empty duration")
    ranks = [UNIT_ORDER.index(unit) for _, unit in components]
    if any(earlier >= later for earlier, later in zip(ranks, ranks[1:])):
        raise ValueError(f"units repeated or out of order: {text!r}")
    return sum(value * UNIT_SECONDS[unit] for value, unit in components)
