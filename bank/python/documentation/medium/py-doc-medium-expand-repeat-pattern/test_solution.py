import unittest

from solution import expand_pattern


class ExpandPatternTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(expand_pattern("a*3b"), "aaab")

    def test_case_02(self):
        self.assertEqual(expand_pattern("(ab)*2c"), "ababc")

    def test_case_03(self):
        self.assertEqual(expand_pattern(""), "")

    def test_case_04(self):
        self.assertEqual(expand_pattern("abc"), "abc")

    def test_case_05(self):
        self.assertEqual(expand_pattern("(a(bc)*2)*2"), "abcbcabcbc")

    def test_case_06(self):
        self.assertEqual(expand_pattern("x*0y"), "y")

    def test_case_07(self):
        self.assertEqual(expand_pattern("(ab)*0"), "")

    def test_case_08(self):
        self.assertEqual(expand_pattern("()*5a"), "a")

    def test_case_09(self):
        self.assertEqual(expand_pattern("(a)"), "a")

    def test_case_10(self):
        self.assertEqual(expand_pattern("a*10"), "aaaaaaaaaa")

    def test_case_11(self):
        self.assertEqual(expand_pattern("((z)*2)*3"), "zzzzzz")

    def test_case_12(self):
        self.assertEqual(expand_pattern("q(r*2s)*2t"), "qrrsrrst")

    def test_case_13(self):
        self.assertEqual(expand_pattern("a*1b*01"), "ab")

    def test_case_14(self):
        self.assertEqual(expand_pattern("(x)*2(y*3)z"), "xxyyyz")


if __name__ == '__main__':
    unittest.main()
