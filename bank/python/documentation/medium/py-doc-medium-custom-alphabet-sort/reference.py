

def sort_by_alphabet(words: list[str], alphabet: str) -> list[str]:
    """Sort `words` using the character order given by `alphabet`.

    Args:
        words: the words (list of string) the description refers to as `words`
        alphabet: the alphabet (string) the description refers to as `alphabet`

    Returns:
        the result described above (list of string)

    Raises:
        ValueError: when the alphabet contains a repeated character
    """
    if len(set(alphabet)) != len(alphabet):
        raise ValueError("alphabet has a repeated character")
    rank = {char: position for position, char in enumerate(alphabet)}
    outside = len(alphabet)  # unknown characters rank after the alphabet, by code

    def key(word: str) -> list[int]:
        return [rank.get(char, outside + ord(char)) for char in word]

    return sorted(words, key=key)
