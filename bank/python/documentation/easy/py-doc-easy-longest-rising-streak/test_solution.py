import unittest

from solution import longest_rising_streak


class LongestRisingStreakTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(longest_rising_streak([1, 2, 3, 1, 2]), 3)

    def test_case_02(self):
        self.assertEqual(longest_rising_streak([1, 2, 2, 3, 4, 5]), 4)

    def test_case_03(self):
        self.assertEqual(longest_rising_streak([]), 0)

    def test_case_04(self):
        self.assertEqual(longest_rising_streak([5]), 1)

    def test_case_05(self):
        self.assertEqual(longest_rising_streak([3, 3, 3]), 1)

    def test_case_06(self):
        self.assertEqual(longest_rising_streak([5, 4, 3, 2]), 1)

    def test_case_07(self):
        self.assertEqual(longest_rising_streak([-3, -2, -1, 0]), 4)

    def test_case_08(self):
        self.assertEqual(longest_rising_streak([1, 3, 2, 4, 6, 8, 7]), 4)

    def test_case_09(self):
        self.assertEqual(longest_rising_streak([10, 11]), 2)

    def test_case_10(self):
        self.assertEqual(longest_rising_streak([2, 1, 2, 1, 2, 3]), 3)

    def test_case_11(self):
        self.assertEqual(longest_rising_streak([0, 1, 0, 1, 0, 1]), 2)


if __name__ == '__main__':
    unittest.main()
