import unittest

from solution import longest_rising_streak


class LongestRisingStreakTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(longest_rising_streak([1, 2, 3, 1, 2]), 3)


if __name__ == '__main__':
    unittest.main()
