"""Sort release tags ([v]MAJOR.MINOR.PATCH[-rcN]) from oldest to newest."""

import re

TAG = re.compile(r"v?([0-9]+)\.([0-9]+)\.([0-9]+)(?:-rc([0-9]+))?")


def _tag_key(tag: str) -> tuple[int, int, int, int, int]:
    match = TAG.fullmatch(tag)
    if match is None:
        raise ValueError(f"malformed tag: {tag!r}")
    major, minor, patch, candidate = match.groups()
    if candidate is None:
        return int(major), int(minor), int(patch), 0, 0
    return int(major), int(minor), int(patch), 0, int(candidate)


def order_release_tags(tags: list[str]) -> list[str]:
    keys = {tag: _tag_key(tag) for tag in tags}
    return sorted(tags, key=keys.__getitem__)
