import unittest

from solution import rising_chain


class RisingChainTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(rising_chain([5, 1, 6, 2, 7, 3, 8]), [1, 2, 3, 8])

    def test_case_02(self):
        self.assertEqual(rising_chain([]), [])

    def test_case_03(self):
        self.assertEqual(rising_chain([4, 4, 4]), [4])

    def test_case_04(self):
        self.assertEqual(rising_chain([9, 8, 7]), [7])

    def test_case_05(self):
        self.assertEqual(rising_chain([1, 2, 3]), [1, 2, 3])

    def test_case_06(self):
        self.assertEqual(rising_chain([3, 1, 2, 4, 0, 5]), [1, 2, 4, 5])

    def test_case_07(self):
        self.assertEqual(rising_chain([-3, -1, -2, 0]), [-3, -2, 0])

    def test_case_08(self):
        self.assertEqual(rising_chain([1, 3, 3, 2, 4]), [1, 2, 4])

    def test_case_09(self):
        self.assertEqual(rising_chain([2, 1, 5, 3, 6, 4, 7]), [1, 3, 4, 7])

    def test_case_10(self):
        self.assertEqual(rising_chain([10, 20, 30, 1, 2]), [10, 20, 30])

    def test_case_11(self):
        self.assertEqual(rising_chain([7, 1, 8, 2, 9]), [1, 2, 9])

    def test_case_12(self):
        self.assertEqual(rising_chain([-5, -13, 19, -18, 14, -3, 20, 2, -11, -20, 0, 17, 16, 11, -12, 14, -6, 10, 17, -12, 18, 12, -2, -15, 6, -10, -12, 17, -1, 12]), [-18, -11, 0, 11, 14, 17, 18])

    def test_case_13(self):
        self.assertEqual(rising_chain([52, 49, 19, 66, 25, 48, 1, 13, 49, 9, 6, 44, 82, 45, 98, 3, 3, 65, 60, 41, 87, 38, 57, 41, 15, 63, 59, 73, 79, 21, 19, 75, 66, 26, 55, 79, 43, 58, 76, 29]), [1, 6, 44, 45, 57, 59, 73, 75, 76])


if __name__ == '__main__':
    unittest.main()
