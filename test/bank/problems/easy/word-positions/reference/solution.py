def word_positions(words: list[str], limit: int | None) -> dict[str, list[int]]:
    if limit is not None and limit < 0:
        raise ValueError('limit must not be negative')
    chosen = words if limit is None else words[:limit]
    positions: dict[str, list[int]] = {}
    for index, word in enumerate(chosen):
        positions.setdefault(word, []).append(index)
    return positions
