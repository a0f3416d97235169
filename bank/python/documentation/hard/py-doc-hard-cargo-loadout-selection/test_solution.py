import unittest

from solution import choose_cargo


class ChooseCargoTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(choose_cargo([3, 4, 5], [30, 50, 60], 8), [0, 2])

    def test_case_02(self):
        self.assertEqual(choose_cargo([2, 3, 5], [10, 10, 20], 5), [0, 1])

    def test_case_03(self):
        self.assertEqual(choose_cargo([4, 1, 1, 1], [9, 3, 3, 3], 4), [1, 2, 3])

    def test_case_04(self):
        self.assertEqual(choose_cargo([1, 2], [5, 5], 0), [])

    def test_case_05(self):
        self.assertEqual(choose_cargo([], [], 10), [])

    def test_case_06(self):
        self.assertEqual(choose_cargo([1, 1], [0, 0], 5), [])

    def test_case_07(self):
        self.assertEqual(choose_cargo([1, 2, 3], [1, 2, 3], 100), [0, 1, 2])

    def test_case_08(self):
        self.assertEqual(choose_cargo([5, 6], [10, 10], 4), [])

    def test_case_09(self):
        self.assertEqual(choose_cargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 5), [0, 1, 3])

    def test_case_10(self):
        self.assertEqual(choose_cargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 4), [0, 1])

    def test_case_11(self):
        self.assertEqual(choose_cargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 3), [0])

    def test_case_12(self):
        self.assertEqual(choose_cargo([9, 8, 7, 7, 4, 5, 5, 1, 1, 3, 8, 9], [15, 11, 6, 8, 15, 14, 16, 15, 13, 17, 1, 9], 25), [0, 4, 6, 7, 8, 9])

    def test_case_13(self):
        self.assertEqual(choose_cargo([3, 4, 1, 4, 3, 4, 2, 4, 4, 1, 3, 4, 3, 1], [1, 3, 2, 1, 2, 1, 1, 1, 2, 3, 3, 1, 3, 1], 11), [2, 4, 9, 10, 12])


if __name__ == '__main__':
    unittest.main()
