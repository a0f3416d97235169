
VOWELS = frozenset("aeiouAEIOU")


def vowels_per_word(text: str) -> list[int]:
    words = [word for word in text.split(" ") if word]
    return [sum(char in VOWELS for char in word) for word in words]
