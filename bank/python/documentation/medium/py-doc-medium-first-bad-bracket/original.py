
OPENER_OF = {")": "(", "]": "[", "}": "{"}
OPENERS = set(OPENER_OF.values())


def first_bad_bracket(text: str) -> int:
    open_positions: list[int] = []
    for index, char in enumerate(text):
        if char in OPENERS:
            open_positions.append(index)
        elif char in OPENER_OF:
            if not open_positions or text[open_positions[-1]] != OPENER_OF[char]:
                return index
            open_positions.pop()
    return open_positions[0] if open_positions else -1
