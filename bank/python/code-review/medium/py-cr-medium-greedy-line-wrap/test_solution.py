import unittest

from solution import wrap_words


class WrapWordsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(wrap_words("the quick brown fox", 10), ["the quick", "brown fox"])

    def test_case_02(self):
        self.assertEqual(wrap_words("tiny enormousword x", 6), ["tiny", "enormousword", "x"])

    def test_case_03(self):
        self.assertEqual(wrap_words("", 5), [])

    def test_case_04(self):
        self.assertEqual(wrap_words("   ", 3), [])

    def test_case_05(self):
        self.assertEqual(wrap_words("hello", 5), ["hello"])

    def test_case_06(self):
        self.assertEqual(wrap_words("hello", 3), ["hello"])

    def test_case_07(self):
        self.assertEqual(wrap_words("a b c d", 3), ["a b", "c d"])

    def test_case_08(self):
        self.assertEqual(wrap_words("  lots   of    space  ", 8), ["lots of", "space"])

    def test_case_09(self):
        self.assertEqual(wrap_words("aa bb cc", 5), ["aa bb", "cc"])

    def test_case_10(self):
        self.assertEqual(wrap_words("aa bb cc", 4), ["aa", "bb", "cc"])

    def test_case_11(self):
        self.assertEqual(wrap_words("one two three four five six", 14), ["one two three", "four five six"])

    def test_case_12(self):
        self.assertEqual(wrap_words("x y", 1), ["x", "y"])

    def test_case_13(self):
        self.assertEqual(wrap_words("ab cd ef", 100), ["ab cd ef"])

    def test_case_14(self):
        self.assertEqual(wrap_words("go longwordhere ok no", 5), ["go", "longwordhere", "ok no"])


if __name__ == '__main__':
    unittest.main()
