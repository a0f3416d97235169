import unittest

from solution import split_in_range


class SplitInRangeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(split_in_range("123", 1, 99), ["1-2-3", "1-23", "12-3"])

    def test_case_02(self):
        self.assertEqual(split_in_range("100", 0, 100), ["1-0-0", "10-0", "100"])

    def test_case_03(self):
        self.assertEqual(split_in_range("", 0, 10), [])

    def test_case_04(self):
        self.assertEqual(split_in_range("0", 0, 0), ["0"])

    def test_case_05(self):
        self.assertEqual(split_in_range("105", 1, 200), ["10-5", "105"])

    def test_case_06(self):
        self.assertEqual(split_in_range("999", 1000, 2000), [])

    def test_case_07(self):
        self.assertEqual(split_in_range("2468", 2, 8), ["2-4-6-8"])

    def test_case_08(self):
        self.assertEqual(split_in_range("1111", 1, 11), ["1-1-1-1", "1-1-11", "1-11-1", "11-1-1", "11-11"])

    def test_case_09(self):
        self.assertEqual(split_in_range("007", 0, 7), ["0-0-7"])

    def test_case_10(self):
        self.assertEqual(split_in_range("25525", 0, 255), ["2-5-5-2-5", "2-5-5-25", "2-5-52-5", "2-55-2-5", "2-55-25", "25-5-2-5", "25-5-25", "25-52-5", "255-2-5", "255-25"])

    def test_case_11(self):
        self.assertEqual(split_in_range("5", 6, 9), [])

    def test_case_12(self):
        self.assertEqual(split_in_range("10", 10, 10), ["10"])

    def test_case_13(self):
        self.assertEqual(split_in_range("999999999999", 999999999999, 999999999999), ["999999999999"])


if __name__ == '__main__':
    unittest.main()
