
from dataclasses import dataclass, field


@dataclass
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    words: int = 0      # stored words (with repeats) passing through this node
    distinct: int = 0   # distinct stored words passing through this node
    ends: int = 0       # copies of the word ending exactly here


class _Trie:
    def __init__(self) -> None:
        self.root = _Node()

    def path(self, text: str, create: bool = False) -> list[_Node] | None:
        node = self.root
        nodes = [node]
        for char in text:
            if char not in node.children and not create:
                return None
            node = node.children.setdefault(char, _Node())
            nodes.append(node)
        return nodes

    def add(self, word: str) -> None:
        nodes = self.path(word, create=True)
        assert nodes is not None
        is_new = nodes[-1].ends == 0
        for node in nodes:
            node.words += 1
            node.distinct += int(is_new)
        nodes[-1].ends += 1

    def remove(self, word: str) -> None:
        nodes = self.path(word)
        if nodes is None or nodes[-1].ends == 0:
            return
        nodes[-1].ends -= 1
        gone = nodes[-1].ends == 0
        for node in nodes:
            node.words -= 1
            node.distinct -= int(gone)


def prefix_tally(ops: list[str]) -> list[int]:
    """Maintain a multiset of lower-case words, initially empty, and process the operations in order: - "add w": add one copy of word w.

    Args:
        ops: the ops (list of string) the description refers to as `ops`

    Returns:
        the result described above (list of int)
    """
    trie = _Trie()
    answers: list[int] = []
    for op in ops:
        command, text = op.split()
        if command == "add":
            trie.add(text)
        elif command == "del":
            trie.remove(text)
        else:
            nodes = trie.path(text)
            node = nodes[-1] if nodes else None
            if node is None:
                answers.append(0)
            else:
                answers.append(node.words if command == "count" else node.distinct)
    return answers
