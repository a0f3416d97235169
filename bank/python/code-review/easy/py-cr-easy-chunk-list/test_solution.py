import unittest

from solution import chunk_list


class ChunkListTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(chunk_list([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]])

    def test_case_02(self):
        self.assertEqual(chunk_list([1, 2, 3, 4], 2), [[1, 2], [3, 4]])

    def test_case_03(self):
        self.assertEqual(chunk_list([], 3), [])

    def test_case_04(self):
        self.assertEqual(chunk_list([5], 1), [[5]])

    def test_case_05(self):
        self.assertEqual(chunk_list([1, 2, 3], 5), [[1, 2, 3]])

    def test_case_06(self):
        self.assertEqual(chunk_list([1, 2, 3], 3), [[1, 2, 3]])

    def test_case_07(self):
        self.assertEqual(chunk_list([1, 2, 3], 1), [[1], [2], [3]])

    def test_case_08(self):
        self.assertEqual(chunk_list([-1, 0, 1, 2], 3), [[-1, 0, 1], [2]])

    def test_case_09(self):
        self.assertEqual(chunk_list([], 1), [])

    def test_case_10(self):
        self.assertEqual(chunk_list([9, 9, 9, 9, 9], 2), [[9, 9], [9, 9], [9]])

    def test_case_11(self):
        with self.assertRaises(ValueError):
            chunk_list([1, 2], 0)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            chunk_list([], -2)

    def test_case_13(self):
        with self.assertRaises(ValueError):
            chunk_list([1], -1)


if __name__ == '__main__':
    unittest.main()
