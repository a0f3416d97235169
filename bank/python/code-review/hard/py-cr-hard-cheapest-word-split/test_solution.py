import unittest

from solution import cheapest_split


class CheapestSplitTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(cheapest_split("catsand", {"and": 2, "cat": 3, "cats": 4, "sand": 2}), ["cat", "sand"])

    def test_case_02(self):
        self.assertEqual(cheapest_split("", {}), [])

    def test_case_03(self):
        self.assertEqual(cheapest_split("abc", {"a": 1, "abc": 3, "b": 1, "c": 1}), ["abc"])

    def test_case_04(self):
        self.assertEqual(cheapest_split("abcd", {"a": 1, "ab": 1, "bcd": 1, "cd": 1}), ["a", "bcd"])

    def test_case_05(self):
        self.assertEqual(cheapest_split("aaaa", {"a": 0, "aa": 0}), ["aa", "aa"])

    def test_case_06(self):
        self.assertEqual(cheapest_split("xyz", {"x": 1, "xyz": 10, "y": 1, "z": 1}), ["x", "y", "z"])

    def test_case_07(self):
        self.assertEqual(cheapest_split("penpineapple", {"apple": 2, "pen": 1, "pine": 2, "pineapple": 3}), ["pen", "pineapple"])

    def test_case_08(self):
        self.assertEqual(cheapest_split("AB", {"A": 1, "AB": 2, "B": 1, "a": 0}), ["AB"])

    def test_case_09(self):
        self.assertEqual(cheapest_split("abab", {"a": 1, "ab": 2, "aba": 2, "b": 1, "ba": 2, "bab": 2}), ["a", "bab"])

    def test_case_10(self):
        self.assertEqual(cheapest_split("Ab", {"A": 1, "ab": 0, "b": 1}), ["A", "b"])

    def test_case_11(self):
        self.assertEqual(cheapest_split("ababbabaab", {"a": 2, "ab": 3, "abb": 4, "b": 2, "ba": 3, "baa": 4, "bab": 5}), ["ab", "ab", "ba", "ba", "ab"])

    def test_case_12(self):
        with self.assertRaises(ValueError):
            cheapest_split("dog", {"do": 1})

    def test_case_13(self):
        with self.assertRaises(ValueError):
            cheapest_split("abc", {})


if __name__ == '__main__':
    unittest.main()
