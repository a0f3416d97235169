import unittest

from solution import convert_base


class ConvertBaseTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(convert_base("255", 10, 16), "ff")

    def test_case_02(self):
        self.assertEqual(convert_base("ff", 16, 2), "11111111")

    def test_case_03(self):
        self.assertEqual(convert_base("FF", 16, 10), "255")

    def test_case_04(self):
        self.assertEqual(convert_base("-1010", 2, 10), "-10")

    def test_case_05(self):
        self.assertEqual(convert_base("0", 10, 2), "0")

    def test_case_06(self):
        self.assertEqual(convert_base("-0", 10, 7), "0")

    def test_case_07(self):
        self.assertEqual(convert_base("000123", 10, 10), "123")

    def test_case_08(self):
        self.assertEqual(convert_base("z", 36, 10), "35")

    def test_case_09(self):
        self.assertEqual(convert_base("35", 10, 36), "z")

    def test_case_10(self):
        self.assertEqual(convert_base("1000000", 10, 36), "lfls")

    def test_case_11(self):
        self.assertEqual(convert_base("9007199254740991", 10, 16), "1fffffffffffff")

    def test_case_12(self):
        self.assertEqual(convert_base("12", 10, 3), "110")

    def test_case_13(self):
        with self.assertRaises(ValueError):
            convert_base("12", 1, 10)

    def test_case_14(self):
        with self.assertRaises(ValueError):
            convert_base("19", 8, 10)

    def test_case_15(self):
        with self.assertRaises(ValueError):
            convert_base("-", 10, 2)


if __name__ == '__main__':
    unittest.main()
