import unittest

from solution import covered_length, merge


class MergeTest(unittest.TestCase):
    def test_unsorted_overlapping_input(self) -> None:
        self.assertEqual(merge([(5, 8), (1, 3), (2, 4)]), [(1, 4), (5, 8)])

    def test_touching_intervals_merge(self) -> None:
        self.assertEqual(merge([(3, 5), (1, 3)]), [(1, 5)])

    def test_adjacent_integers_do_not_merge(self) -> None:
        self.assertEqual(merge([(3, 4), (1, 2)]), [(1, 2), (3, 4)])

    def test_contained_interval_is_absorbed(self) -> None:
        self.assertEqual(merge([(1, 10), (2, 3), (4, 12)]), [(1, 12)])

    def test_duplicates_and_degenerate_intervals(self) -> None:
        self.assertEqual(merge([(2, 2), (2, 2), (0, 1), (7, 7)]), [(0, 1), (2, 2), (7, 7)])

    def test_negative_coordinates(self) -> None:
        self.assertEqual(merge([(-5, -1), (-2, 0)]), [(-5, 0)])

    def test_empty_input(self) -> None:
        self.assertEqual(merge([]), [])

    def test_input_is_not_modified(self) -> None:
        data = [(4, 6), (1, 5)]
        merge(data)
        self.assertEqual(data, [(4, 6), (1, 5)])

    def test_reversed_interval_raises(self) -> None:
        with self.assertRaises(ValueError):
            merge([(1, 2), (5, 4)])


class CoveredLengthTest(unittest.TestCase):
    def test_overlaps_counted_once(self) -> None:
        self.assertEqual(covered_length([(0, 10), (5, 12), (20, 21)]), 13)

    def test_touching_and_degenerate(self) -> None:
        self.assertEqual(covered_length([(0, 2), (2, 4), (9, 9)]), 4)

    def test_empty_is_zero(self) -> None:
        self.assertEqual(covered_length([]), 0)

    def test_reversed_interval_raises(self) -> None:
        with self.assertRaises(ValueError):
            covered_length([(3, 1)])
