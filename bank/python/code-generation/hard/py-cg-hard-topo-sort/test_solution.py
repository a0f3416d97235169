import unittest

from solution import CycleError, layers, topological_order

BUILD = {"app": ["lib", "log"], "lib": ["core"], "log": ["core"], "test": ["app"]}


class TopologicalOrderTest(unittest.TestCase):
    def test_example_graph(self) -> None:
        self.assertEqual(topological_order(BUILD), ["core", "lib", "log", "app", "test"])

    def test_smallest_ready_node_first(self) -> None:
        graph = {"b": [], "a": ["c"], "c": [], "d": ["b"]}
        self.assertEqual(topological_order(graph), ["b", "c", "a", "d"])

    def test_dependency_only_nodes_are_included(self) -> None:
        self.assertEqual(topological_order({"z": ["y", "x"]}), ["x", "y", "z"])

    def test_duplicate_dependencies_count_once(self) -> None:
        self.assertEqual(topological_order({"b": ["a", "a"], "c": ["b"]}), ["a", "b", "c"])

    def test_empty_graph(self) -> None:
        self.assertEqual(topological_order({}), [])

    def test_respects_every_dependency_in_larger_graph(self) -> None:
        graph = {
            f"n{i:02d}": [f"n{j:02d}" for j in range(i) if (i * j) % 7 == 1] for i in range(30)
        }
        order = topological_order(graph)
        self.assertEqual(sorted(order), sorted(graph))
        position = {node: index for index, node in enumerate(order)}
        for node, dependencies in graph.items():
            for dependency in dependencies:
                self.assertLess(position[dependency], position[node])

    def test_input_is_not_modified(self) -> None:
        graph = {"b": ["a", "a"], "c": []}
        topological_order(graph)
        self.assertEqual(graph, {"b": ["a", "a"], "c": []})

    def test_cycle_reports_cycle_and_downstream_nodes(self) -> None:
        with self.assertRaises(CycleError) as caught:
            topological_order({"a": ["b"], "b": ["a"], "c": ["a"], "d": []})
        self.assertEqual(caught.exception.nodes, ["a", "b", "c"])

    def test_self_dependency_is_a_cycle(self) -> None:
        with self.assertRaises(CycleError) as caught:
            topological_order({"x": ["x"], "y": []})
        self.assertEqual(caught.exception.nodes, ["x"])

    def test_cycle_error_is_a_value_error(self) -> None:
        with self.assertRaises(ValueError):
            topological_order({"p": ["q"], "q": ["r"], "r": ["p"]})


class LayersTest(unittest.TestCase):
    def test_example_graph(self) -> None:
        self.assertEqual(layers(BUILD), [["core"], ["lib", "log"], ["app"], ["test"]])

    def test_layer_uses_longest_dependency_chain(self) -> None:
        graph = {"c": ["a", "b"], "b": ["a"], "e": []}
        self.assertEqual(layers(graph), [["a", "e"], ["b"], ["c"]])

    def test_empty_graph(self) -> None:
        self.assertEqual(layers({}), [])

    def test_cycle_raises(self) -> None:
        with self.assertRaises(CycleError) as caught:
            layers({"a": [], "b": ["a", "c"], "c": ["b"], "d": ["c"]})
        self.assertEqual(caught.exception.nodes, ["b", "c", "d"])
