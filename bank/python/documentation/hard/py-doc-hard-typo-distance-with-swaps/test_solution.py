import unittest

from solution import typo_distance


class TypoDistanceTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(typo_distance("form", "from", {"delete": 1, "insert": 1, "replace": 1, "swap": 1}), 1)

    def test_case_02(self):
        self.assertEqual(typo_distance("kitten", "sitting", {"delete": 1, "insert": 1, "replace": 1, "swap": 1}), 3)

    def test_case_03(self):
        self.assertEqual(typo_distance("", "abc", {"delete": 3, "insert": 2, "replace": 4, "swap": 1}), 6)

    def test_case_04(self):
        self.assertEqual(typo_distance("abc", "", {"delete": 3, "insert": 2, "replace": 4, "swap": 1}), 9)

    def test_case_05(self):
        self.assertEqual(typo_distance("ab", "ba", {"delete": 1, "insert": 1, "replace": 1, "swap": 5}), 2)

    def test_case_06(self):
        self.assertEqual(typo_distance("cat", "cut", {"delete": 1, "insert": 1, "replace": 5, "swap": 1}), 2)

    def test_case_07(self):
        self.assertEqual(typo_distance("ca", "abc", {"delete": 1, "insert": 1, "replace": 1, "swap": 1}), 3)

    def test_case_08(self):
        self.assertEqual(typo_distance("same", "same", {"delete": 1, "insert": 1, "replace": 1, "swap": 1}), 0)

    def test_case_09(self):
        self.assertEqual(typo_distance("Abc", "abc", {"delete": 1, "insert": 1, "replace": 1, "swap": 1}), 1)

    def test_case_10(self):
        self.assertEqual(typo_distance("abcdef", "badcfe", {"delete": 1, "insert": 1, "replace": 1, "swap": 1}), 3)

    def test_case_11(self):
        self.assertEqual(typo_distance("xyz", "q", {"delete": 0, "insert": 0, "replace": 0, "swap": 0}), 0)

    def test_case_12(self):
        self.assertEqual(typo_distance("recieve", "receive", {"delete": 3, "insert": 3, "replace": 2, "swap": 1}), 1)

    def test_case_13(self):
        self.assertEqual(typo_distance("algorithm", "logarithm", {"delete": 2, "insert": 2, "replace": 3, "swap": 1}), 5)

    def test_case_14(self):
        with self.assertRaises(ValueError):
            typo_distance("a", "b", {"delete": 1, "insert": 1, "replace": 1})

    def test_case_15(self):
        with self.assertRaises(ValueError):
            typo_distance("a", "b", {"delete": -1, "insert": 1, "replace": 1, "swap": 1})

    def test_case_16(self):
        with self.assertRaises(ValueError):
            typo_distance("a", "b", {"copy": 0, "delete": 1, "insert": 1, "replace": 1, "swap": 1})


if __name__ == '__main__':
    unittest.main()
