import unittest

from solution import min_split_difference


class MinSplitDifferenceTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(min_split_difference([1, 6, 11, 5]), 1)

    def test_case_02(self):
        self.assertEqual(min_split_difference([10, 1, 1, 1]), 7)

    def test_case_03(self):
        self.assertEqual(min_split_difference([]), 0)

    def test_case_04(self):
        self.assertEqual(min_split_difference([7]), 7)

    def test_case_05(self):
        self.assertEqual(min_split_difference([3, 3]), 0)

    def test_case_06(self):
        self.assertEqual(min_split_difference([1, 2, 3]), 0)

    def test_case_07(self):
        self.assertEqual(min_split_difference([2, 2, 2, 2, 3]), 1)

    def test_case_08(self):
        self.assertEqual(min_split_difference([0, 0, 0]), 0)

    def test_case_09(self):
        self.assertEqual(min_split_difference([8, 6, 5, 4]), 1)

    def test_case_10(self):
        self.assertEqual(min_split_difference([100, 99, 98, 1, 2]), 94)

    def test_case_11(self):
        self.assertEqual(min_split_difference([5, 5, 5, 5, 5, 5, 5]), 5)

    def test_case_12(self):
        self.assertEqual(min_split_difference([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 20]), 1)

    def test_case_13(self):
        self.assertEqual(min_split_difference([13, 27, 31, 4, 9, 18]), 4)

    def test_case_14(self):
        self.assertEqual(min_split_difference([1000000000000, 1, 999999999999]), 0)


if __name__ == '__main__':
    unittest.main()
