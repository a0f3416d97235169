import unittest

from solution import rotate_list


class RotateListTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(rotate_list([1, 2, 3, 4, 5], 2), [4, 5, 1, 2, 3])

    def test_case_02(self):
        self.assertEqual(rotate_list([1, 2, 3, 4, 5], -2), [3, 4, 5, 1, 2])

    def test_case_03(self):
        self.assertEqual(rotate_list([], 3), [])

    def test_case_04(self):
        self.assertEqual(rotate_list([7], 100), [7])

    def test_case_05(self):
        self.assertEqual(rotate_list([1, 2, 3], 0), [1, 2, 3])

    def test_case_06(self):
        self.assertEqual(rotate_list([1, 2, 3], 3), [1, 2, 3])

    def test_case_07(self):
        self.assertEqual(rotate_list([1, 2, 3], 4), [3, 1, 2])

    def test_case_08(self):
        self.assertEqual(rotate_list([1, 2, 3], -4), [2, 3, 1])

    def test_case_09(self):
        self.assertEqual(rotate_list([5, 5, 6], 1), [6, 5, 5])

    def test_case_10(self):
        self.assertEqual(rotate_list([-1, 0, 1, 2], 7), [0, 1, 2, -1])


if __name__ == '__main__':
    unittest.main()
