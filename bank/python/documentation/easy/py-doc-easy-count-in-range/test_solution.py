import unittest

from solution import count_in_range


class CountInRangeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_in_range([1, 5, 10, 15], 5, 10), 2)

    def test_case_02(self):
        self.assertEqual(count_in_range([5, 4, 3, 2, 1], 2, 4), 3)

    def test_case_03(self):
        self.assertEqual(count_in_range([], 0, 10), 0)

    def test_case_04(self):
        self.assertEqual(count_in_range([3], 3, 3), 1)

    def test_case_05(self):
        self.assertEqual(count_in_range([3], 4, 5), 0)

    def test_case_06(self):
        self.assertEqual(count_in_range([1, 2, 3], 3, 1), 0)

    def test_case_07(self):
        self.assertEqual(count_in_range([-5, -3, 0, 3], -4, 0), 2)

    def test_case_08(self):
        self.assertEqual(count_in_range([7, 7, 7], 7, 7), 3)

    def test_case_09(self):
        self.assertEqual(count_in_range([1, 2, 3, 4, 5], -100, 100), 5)

    def test_case_10(self):
        self.assertEqual(count_in_range([10, 20], 11, 19), 0)

    def test_case_11(self):
        self.assertEqual(count_in_range([0, 1, 2], 0, 0), 1)


if __name__ == '__main__':
    unittest.main()
