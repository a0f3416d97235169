def invert(mapping: dict[str, list[str]]) -> dict[str, list[str]]:
    raise NotImplementedError
