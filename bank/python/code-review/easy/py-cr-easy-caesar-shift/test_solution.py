import unittest

from solution import caesar_shift


class CaesarShiftTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(caesar_shift("abc", 1), "bcd")

    def test_case_02(self):
        self.assertEqual(caesar_shift("Hello, World!", 3), "Khoor, Zruog!")

    def test_case_03(self):
        self.assertEqual(caesar_shift("", 5), "")

    def test_case_04(self):
        self.assertEqual(caesar_shift("xyz", 3), "abc")

    def test_case_05(self):
        self.assertEqual(caesar_shift("ABC", -1), "ZAB")

    def test_case_06(self):
        self.assertEqual(caesar_shift("abc", 26), "abc")

    def test_case_07(self):
        self.assertEqual(caesar_shift("abc", -27), "zab")

    def test_case_08(self):
        self.assertEqual(caesar_shift("a1 b2", 2), "c1 d2")

    def test_case_09(self):
        self.assertEqual(caesar_shift("Zz", 1), "Aa")

    def test_case_10(self):
        self.assertEqual(caesar_shift("Mixed Case", 0), "Mixed Case")

    def test_case_11(self):
        self.assertEqual(caesar_shift("123 !?", 7), "123 !?")

    def test_case_12(self):
        self.assertEqual(caesar_shift("hello", 65), "uryyb")

    def test_case_13(self):
        self.assertEqual(caesar_shift("abc", -78), "abc")


if __name__ == '__main__':
    unittest.main()
