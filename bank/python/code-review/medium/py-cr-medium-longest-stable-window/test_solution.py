import unittest

from solution import longest_stable_window


class LongestStableWindowTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(longest_stable_window([3, 5, 4, 9, 8, 8, 10], 2), 4)

    def test_case_02(self):
        self.assertEqual(longest_stable_window([1, 1, 1, 2, 1], 0), 3)

    def test_case_03(self):
        self.assertEqual(longest_stable_window([], 5), 0)

    def test_case_04(self):
        self.assertEqual(longest_stable_window([7], 0), 1)

    def test_case_05(self):
        self.assertEqual(longest_stable_window([1, 2, 3, 4, 5], 10), 5)

    def test_case_06(self):
        self.assertEqual(longest_stable_window([1, 10, 1, 10], 5), 1)

    def test_case_07(self):
        self.assertEqual(longest_stable_window([5, 4, 3, 2, 1], 1), 2)

    def test_case_08(self):
        self.assertEqual(longest_stable_window([-3, -1, -2, 4, 5, 3, 6], 3), 4)

    def test_case_09(self):
        self.assertEqual(longest_stable_window([2, 2, 2, 2], 0), 4)

    def test_case_10(self):
        self.assertEqual(longest_stable_window([1, 3, 1, 3, 1, 3, 8], 2), 6)

    def test_case_11(self):
        self.assertEqual(longest_stable_window([10, 1, 2, 3, 10, 11, 12], 2), 3)

    def test_case_12(self):
        self.assertEqual(longest_stable_window([0, 100, 0, 100, 50], 50), 2)

    def test_case_13(self):
        self.assertEqual(longest_stable_window([4, 6, 5, 7, 3, 5, 6, 4, 8], 3), 4)


if __name__ == '__main__':
    unittest.main()
