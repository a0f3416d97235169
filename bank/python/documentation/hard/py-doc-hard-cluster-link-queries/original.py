

class _DisjointSets:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.size = [1] * size
        self.groups = size

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        self.groups -= 1


def cluster_queries(n: int, ops: list[str]) -> list[int]:
    sets = _DisjointSets(n)
    answers: list[int] = []
    for op in ops:
        name, *args = op.split()
        nodes = [int(arg) for arg in args]
        if name == "link":
            sets.union(nodes[0], nodes[1])
        elif name == "same":
            answers.append(int(sets.find(nodes[0]) == sets.find(nodes[1])))
        elif name == "size":
            answers.append(sets.size[sets.find(nodes[0])])
        else:
            answers.append(sets.groups)
    return answers
