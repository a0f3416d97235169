import unittest

from solution import sort_direction


class SortDirectionTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(sort_direction([1, 2, 2, 5]), "ascending")

    def test_case_02(self):
        self.assertEqual(sort_direction([9, 4, 4, 1]), "descending")

    def test_case_03(self):
        self.assertEqual(sort_direction([]), "constant")

    def test_case_04(self):
        self.assertEqual(sort_direction([3]), "constant")

    def test_case_05(self):
        self.assertEqual(sort_direction([7, 7, 7]), "constant")

    def test_case_06(self):
        self.assertEqual(sort_direction([1, 3, 2]), "mixed")

    def test_case_07(self):
        self.assertEqual(sort_direction([1, 1, 2]), "ascending")

    def test_case_08(self):
        self.assertEqual(sort_direction([2, 1, 1]), "descending")

    def test_case_09(self):
        self.assertEqual(sort_direction([5, 5, 4, 5]), "mixed")

    def test_case_10(self):
        self.assertEqual(sort_direction([-10, 0, 10]), "ascending")

    def test_case_11(self):
        self.assertEqual(sort_direction([1, 2, 1, 2]), "mixed")

    def test_case_12(self):
        self.assertEqual(sort_direction([0, -1]), "descending")


if __name__ == '__main__':
    unittest.main()
