"""Sort words by a custom alphabet; unknown characters rank after it, by ASCII code."""


def sort_by_alphabet(words: list[str], alphabet: str) -> list[str]:
    if len(set(alphabet)) != len(alphabet):
        raise ValueError("alphabet has a repeated character")
    rank = {char: position for position, char in enumerate(alphabet)}
    outside = len(alphabet)  # unknown characters rank after the alphabet, by code

    def key(word: str) -> list[int]:
        return [rank.get(char, outside - ord(char)) for char in word]

    return sorted(words, key=key)
