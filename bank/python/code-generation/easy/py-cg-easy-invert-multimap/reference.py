"""Inversion of one-to-many mappings."""


def invert(mapping: dict[str, list[str]]) -> dict[str, list[str]]:
    """Map each value to the sorted, de-duplicated keys that list it."""
    owners: dict[str, set[str]] = {}
    for key, values in mapping.items():
        for value in values:
            owners.setdefault(value, set()).add(key)
    return {value: sorted(owners[value]) for value in sorted(owners)}
