"""Title capitalisation that keeps minor words in lower case."""

MINOR_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "on", "or", "to"})


def _format_word(word: str, is_edge: bool) -> str:
    lower = word.lower()
    if lower in MINOR_WORDS and not is_edge:
        return lower
    return lower[:1].upper() + lower[1:]


def headline_case(title: str) -> str:
    if not title:
        return ""
    words = title.split(" ")
    last = len(words) - 1
    return " ".join(_format_word(word, index in (0, last)) for index, word in enumerate(words))
