import unittest

from solution import spiral, unspiral


class SpiralTest(unittest.TestCase):
    def test_square_matrix(self) -> None:
        matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
        self.assertEqual(spiral(matrix), [1, 2, 3, 6, 9, 8, 7, 4, 5])

    def test_wide_matrix(self) -> None:
        matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
        self.assertEqual(spiral(matrix), [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7])

    def test_tall_matrix(self) -> None:
        matrix = [[1, 2], [3, 4], [5, 6], [7, 8]]
        self.assertEqual(spiral(matrix), [1, 2, 4, 6, 8, 7, 5, 3])

    def test_single_row_and_single_column(self) -> None:
        self.assertEqual(spiral([[1, 2, 3]]), [1, 2, 3])
        self.assertEqual(spiral([[1], [2], [3]]), [1, 2, 3])

    def test_single_element(self) -> None:
        self.assertEqual(spiral([["x"]]), ["x"])

    def test_empty_matrices(self) -> None:
        self.assertEqual(spiral([]), [])
        self.assertEqual(spiral([[], []]), [])

    def test_ragged_matrix_raises(self) -> None:
        with self.assertRaises(ValueError):
            spiral([[1, 2], [3]])

    def test_input_is_not_modified(self) -> None:
        matrix = [[1, 2], [3, 4]]
        spiral(matrix)
        self.assertEqual(matrix, [[1, 2], [3, 4]])


class UnspiralTest(unittest.TestCase):
    def test_two_by_two(self) -> None:
        self.assertEqual(unspiral([1, 2, 3, 4], 2, 2), [[1, 2], [4, 3]])

    def test_round_trip_many_shapes(self) -> None:
        for rows in range(0, 6):
            for cols in range(0, 6):
                values = list(range(rows * cols))
                matrix = unspiral(values, rows, cols)
                self.assertEqual(len(matrix), rows)
                self.assertTrue(all(len(row) == cols for row in matrix))
                if cols:
                    self.assertEqual(spiral(matrix), values)

    def test_zero_columns_gives_empty_rows(self) -> None:
        self.assertEqual(unspiral([], 3, 0), [[], [], []])
        self.assertEqual(unspiral([], 0, 4), [])

    def test_wrong_length_or_negative_shape_raises(self) -> None:
        for values, rows, cols in (([1, 2, 3], 2, 2), ([1], 1, 2), ([], -1, 0), ([], 0, -3)):
            with self.assertRaises(ValueError):
                unspiral(values, rows, cols)
