def longest_word(text: str, at_least: int) -> str | None:
    best = max(text.split(), key=len, default=None)
    return best if best is not None and len(best) >= at_least else None
