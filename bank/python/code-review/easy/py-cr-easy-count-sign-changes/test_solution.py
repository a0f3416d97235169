import unittest

from solution import count_sign_changes


class CountSignChangesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_sign_changes([1, -1, 1]), 2)

    def test_case_02(self):
        self.assertEqual(count_sign_changes([3, -3, 0, 3, -3]), 3)

    def test_case_03(self):
        self.assertEqual(count_sign_changes([]), 0)

    def test_case_04(self):
        self.assertEqual(count_sign_changes([1, 2, 3]), 0)

    def test_case_05(self):
        self.assertEqual(count_sign_changes([0, 0]), 0)

    def test_case_06(self):
        self.assertEqual(count_sign_changes([5]), 0)

    def test_case_07(self):
        self.assertEqual(count_sign_changes([1, 0, -1]), 1)

    def test_case_08(self):
        self.assertEqual(count_sign_changes([-1, 0, 0, -2]), 0)

    def test_case_09(self):
        self.assertEqual(count_sign_changes([-5, 5]), 1)

    def test_case_10(self):
        self.assertEqual(count_sign_changes([0, -1, 0, 1, 0]), 1)

    def test_case_11(self):
        self.assertEqual(count_sign_changes([1, -1, -1, 1, 1, -1]), 3)

    def test_case_12(self):
        self.assertEqual(count_sign_changes([-2, -3, 4, 5, -6]), 2)


if __name__ == '__main__':
    unittest.main()
