import unittest

from solution import chunk


class ChunkTest(unittest.TestCase):
    def test_uneven_split_keeps_short_tail(self) -> None:
        self.assertEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]])

    def test_even_split(self) -> None:
        self.assertEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]])

    def test_drop_last_removes_short_tail(self) -> None:
        self.assertEqual(chunk([1, 2, 3, 4, 5], 2, drop_last=True), [[1, 2], [3, 4]])

    def test_drop_last_keeps_full_tail(self) -> None:
        self.assertEqual(chunk([1, 2, 3, 4], 2, drop_last=True), [[1, 2], [3, 4]])

    def test_size_larger_than_input(self) -> None:
        self.assertEqual(chunk([1, 2], 5), [[1, 2]])
        self.assertEqual(chunk([1, 2], 5, drop_last=True), [])

    def test_empty_input(self) -> None:
        self.assertEqual(chunk([], 3), [])
        self.assertEqual(chunk([], 3, drop_last=True), [])

    def test_string_and_tuple_give_lists(self) -> None:
        self.assertEqual(chunk("abcde", 3), [["a", "b", "c"], ["d", "e"]])
        self.assertEqual(chunk((1, 2, 3), 1), [[1], [2], [3]])

    def test_input_is_not_modified(self) -> None:
        data = [1, 2, 3]
        result = chunk(data, 2)
        result[0].append(99)
        self.assertEqual(data, [1, 2, 3])

    def test_size_below_one_raises(self) -> None:
        for size in (0, -2):
            with self.assertRaises(ValueError):
                chunk([1, 2, 3], size)
