import unittest

from solution import count_overlapping


class CountOverlappingTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_overlapping("banana", "ana"), 2)

    def test_case_02(self):
        self.assertEqual(count_overlapping("aaaa", "aa"), 3)

    def test_case_03(self):
        self.assertEqual(count_overlapping("", "a"), 0)

    def test_case_04(self):
        self.assertEqual(count_overlapping("abc", "abcd"), 0)

    def test_case_05(self):
        self.assertEqual(count_overlapping("abc", "abc"), 1)

    def test_case_06(self):
        self.assertEqual(count_overlapping("Hello hello", "hello"), 1)

    def test_case_07(self):
        self.assertEqual(count_overlapping("abababa", "aba"), 3)

    def test_case_08(self):
        self.assertEqual(count_overlapping("xyz", "z"), 1)

    def test_case_09(self):
        self.assertEqual(count_overlapping("mississippi", "ss"), 2)

    def test_case_10(self):
        self.assertEqual(count_overlapping("aaa", "a"), 3)

    def test_case_11(self):
        self.assertEqual(count_overlapping("a b a b", " "), 3)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            count_overlapping("abc", "")

    def test_case_13(self):
        with self.assertRaises(ValueError):
            count_overlapping("", "")


if __name__ == '__main__':
    unittest.main()
