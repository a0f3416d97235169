import unittest

from solution import invert


class InvertTest(unittest.TestCase):
    def test_basic_inversion(self) -> None:
        self.assertEqual(
            invert({"bob": ["dev", "ops"], "alice": ["dev", "admin"]}),
            {"admin": ["alice"], "dev": ["alice", "bob"], "ops": ["bob"]},
        )

    def test_result_keys_are_sorted(self) -> None:
        result = invert({"k": ["zeta", "alpha", "mid"]})
        self.assertEqual(list(result), ["alpha", "mid", "zeta"])

    def test_key_lists_are_sorted(self) -> None:
        result = invert({"c": ["x"], "a": ["x"], "b": ["x"]})
        self.assertEqual(result["x"], ["a", "b", "c"])

    def test_duplicate_values_under_one_key_count_once(self) -> None:
        self.assertEqual(invert({"a": ["x", "x"], "b": ["x"]}), {"x": ["a", "b"]})

    def test_empty_value_lists_are_ignored(self) -> None:
        self.assertEqual(invert({"a": [], "b": ["y"]}), {"y": ["b"]})

    def test_empty_mapping(self) -> None:
        self.assertEqual(invert({}), {})

    def test_input_is_not_modified(self) -> None:
        data = {"b": ["x", "x"], "a": ["x"]}
        invert(data)
        self.assertEqual(data, {"b": ["x", "x"], "a": ["x"]})
