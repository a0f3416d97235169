import unittest

from solution import longest_word


class LongestWordTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(longest_word("the quick brown fox"), "quick")

    def test_case_02(self):
        self.assertEqual(longest_word("a bb ccc"), "ccc")

    def test_case_03(self):
        self.assertEqual(longest_word(""), "")

    def test_case_04(self):
        self.assertEqual(longest_word("   "), "")

    def test_case_05(self):
        self.assertEqual(longest_word("single"), "single")

    def test_case_06(self):
        self.assertEqual(longest_word("  lead trail  "), "trail")

    def test_case_07(self):
        self.assertEqual(longest_word("ab cd"), "ab")

    def test_case_08(self):
        self.assertEqual(longest_word("x yy zz"), "yy")

    def test_case_09(self):
        self.assertEqual(longest_word("hi, there!"), "there!")

    def test_case_10(self):
        self.assertEqual(longest_word("one  two   three"), "three")

    def test_case_11(self):
        self.assertEqual(longest_word("aaa bbb c"), "aaa")

    def test_case_12(self):
        self.assertEqual(longest_word("a"), "a")


if __name__ == '__main__':
    unittest.main()
