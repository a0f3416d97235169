import unittest

from solution import sort_by_alphabet


class SortByAlphabetTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(sort_by_alphabet(["bca", "abc", "cab"], "cba"), ["cab", "bca", "abc"])

    def test_case_02(self):
        self.assertEqual(sort_by_alphabet(["z", "a", "y"], "y"), ["y", "a", "z"])

    def test_case_03(self):
        self.assertEqual(sort_by_alphabet([], "abc"), [])

    def test_case_04(self):
        self.assertEqual(sort_by_alphabet(["b", "a"], ""), ["a", "b"])

    def test_case_05(self):
        self.assertEqual(sort_by_alphabet(["ab", "a", "abc"], "cba"), ["a", "ab", "abc"])

    def test_case_06(self):
        self.assertEqual(sort_by_alphabet(["Ab", "ab", "AB"], "ba"), ["ab", "Ab", "AB"])

    def test_case_07(self):
        self.assertEqual(sort_by_alphabet(["dog", "cat", "dog"], "dgoc"), ["dog", "dog", "cat"])

    def test_case_08(self):
        self.assertEqual(sort_by_alphabet(["a", ""], "a"), ["", "a"])

    def test_case_09(self):
        self.assertEqual(sort_by_alphabet(["apple", "apply", "app"], "ypl"), ["app", "apply", "apple"])

    def test_case_10(self):
        self.assertEqual(sort_by_alphabet(["b2", "b1", "b!"], "b"), ["b!", "b1", "b2"])

    def test_case_11(self):
        self.assertEqual(sort_by_alphabet(["zeta", "alpha", "zed"], "zyxwvutsrqponmlkjihgfedcba"), ["zeta", "zed", "alpha"])

    def test_case_12(self):
        with self.assertRaises(ValueError):
            sort_by_alphabet(["a"], "abca")

    def test_case_13(self):
        with self.assertRaises(ValueError):
            sort_by_alphabet([], "xx")


if __name__ == '__main__':
    unittest.main()
