import unittest

from solution import interleave_strings


class InterleaveStringsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(interleave_strings("abc", "123"), "a1b2c3")

    def test_case_02(self):
        self.assertEqual(interleave_strings("ab", "wxyz"), "awbxyz")

    def test_case_03(self):
        self.assertEqual(interleave_strings("", ""), "")

    def test_case_04(self):
        self.assertEqual(interleave_strings("abc", ""), "abc")

    def test_case_05(self):
        self.assertEqual(interleave_strings("", "xy"), "xy")

    def test_case_06(self):
        self.assertEqual(interleave_strings("a", "b"), "ab")

    def test_case_07(self):
        self.assertEqual(interleave_strings("hello", "-"), "h-ello")

    def test_case_08(self):
        self.assertEqual(interleave_strings("  ", "ab"), " a b")

    def test_case_09(self):
        self.assertEqual(interleave_strings("aaa", "bb"), "ababa")

    def test_case_10(self):
        self.assertEqual(interleave_strings("12", "345"), "13245")

    def test_case_11(self):
        self.assertEqual(interleave_strings("xyz", "XYZ"), "xXyYzZ")


if __name__ == '__main__':
    unittest.main()
