import unittest

from solution import closest_pair_sum


class ClosestPairSumTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(closest_pair_sum([1, 4, 7, 10], 12), [1, 10])

    def test_case_02(self):
        self.assertEqual(closest_pair_sum([-5, 3, 8, 1], 0), [-5, 3])

    def test_case_03(self):
        self.assertEqual(closest_pair_sum([5], 3), [])

    def test_case_04(self):
        self.assertEqual(closest_pair_sum([], 0), [])

    def test_case_05(self):
        self.assertEqual(closest_pair_sum([2, 2], 10), [2, 2])

    def test_case_06(self):
        self.assertEqual(closest_pair_sum([1, 2, 3, 4], 6), [2, 4])

    def test_case_07(self):
        self.assertEqual(closest_pair_sum([1, 3, 5, 7], 7), [1, 5])

    def test_case_08(self):
        self.assertEqual(closest_pair_sum([10, 20, 30], 100), [20, 30])

    def test_case_09(self):
        self.assertEqual(closest_pair_sum([10, 20, 30], -100), [10, 20])

    def test_case_10(self):
        self.assertEqual(closest_pair_sum([4, 4, 4], 8), [4, 4])

    def test_case_11(self):
        self.assertEqual(closest_pair_sum([0, -1, 1, 2, -2], 0), [-2, 2])

    def test_case_12(self):
        self.assertEqual(closest_pair_sum([7, 1], 8), [1, 7])

    def test_case_13(self):
        self.assertEqual(closest_pair_sum([3, 9, -4, 6, 0], 5), [-4, 9])


if __name__ == '__main__':
    unittest.main()
