import unittest

from solution import repeated_characters


class RepeatedCharactersTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(repeated_characters("programming"), "rgm")

    def test_case_02(self):
        self.assertEqual(repeated_characters("banana"), "an")

    def test_case_03(self):
        self.assertEqual(repeated_characters("abc"), "")

    def test_case_04(self):
        self.assertEqual(repeated_characters(""), "")

    def test_case_05(self):
        self.assertEqual(repeated_characters("aa"), "a")

    def test_case_06(self):
        self.assertEqual(repeated_characters("aA"), "")

    def test_case_07(self):
        self.assertEqual(repeated_characters("a b c"), " ")

    def test_case_08(self):
        self.assertEqual(repeated_characters("112233"), "123")

    def test_case_09(self):
        self.assertEqual(repeated_characters("abcabc"), "abc")

    def test_case_10(self):
        self.assertEqual(repeated_characters("zzzz"), "z")

    def test_case_11(self):
        self.assertEqual(repeated_characters("hello world"), "lo")

    def test_case_12(self):
        self.assertEqual(repeated_characters("Mississippi"), "isp")


if __name__ == '__main__':
    unittest.main()
