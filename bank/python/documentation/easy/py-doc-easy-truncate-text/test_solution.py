import unittest

from solution import truncate_text


class TruncateTextTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(truncate_text("Hello, world", 8), "Hello...")

    def test_case_02(self):
        self.assertEqual(truncate_text("short", 10), "short")

    def test_case_03(self):
        self.assertEqual(truncate_text("", 3), "")

    def test_case_04(self):
        self.assertEqual(truncate_text("abc", 3), "abc")

    def test_case_05(self):
        self.assertEqual(truncate_text("abcd", 3), "...")

    def test_case_06(self):
        self.assertEqual(truncate_text("abcdef", 5), "ab...")

    def test_case_07(self):
        self.assertEqual(truncate_text("exact", 5), "exact")

    def test_case_08(self):
        self.assertEqual(truncate_text("exactly", 6), "exa...")

    def test_case_09(self):
        self.assertEqual(truncate_text("  spaced  ", 4), " ...")

    def test_case_10(self):
        self.assertEqual(truncate_text("a", 100), "a")

    def test_case_11(self):
        with self.assertRaises(ValueError):
            truncate_text("abc", 2)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            truncate_text("", 0)

    def test_case_13(self):
        with self.assertRaises(ValueError):
            truncate_text("x", -1)


if __name__ == '__main__':
    unittest.main()
