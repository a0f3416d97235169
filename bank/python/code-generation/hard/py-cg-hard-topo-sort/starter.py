class CycleError(ValueError):
    def __init__(self, nodes: list[str]) -> None:
        super().__init__(f"dependency cycle involving: {', '.join(nodes)}")
        self.nodes = nodes


def topological_order(graph: dict[str, list[str]]) -> list[str]:
    raise NotImplementedError


def layers(graph: dict[str, list[str]]) -> list[list[str]]:
    raise NotImplementedError
