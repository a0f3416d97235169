import unittest

from solution import longest_stable_window


class LongestStableWindowTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(longest_stable_window([3, 5, 4, 9, 8, 8, 10], 2), 4)


if __name__ == '__main__':
    unittest.main()
