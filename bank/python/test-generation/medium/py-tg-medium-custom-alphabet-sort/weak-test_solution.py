import unittest

from solution import sort_by_alphabet


class SortByAlphabetTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(sort_by_alphabet(["bca", "abc", "cab"], "cba"), ["cab", "bca", "abc"])


if __name__ == '__main__':
    unittest.main()
