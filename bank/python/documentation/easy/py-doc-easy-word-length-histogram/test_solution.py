import unittest

from solution import word_length_histogram


class WordLengthHistogramTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(word_length_histogram("the cat sat on a mat"), {"1": 1, "2": 1, "3": 4})

    def test_case_02(self):
        self.assertEqual(word_length_histogram("don't stop"), {"1": 1, "3": 1, "4": 1})

    def test_case_03(self):
        self.assertEqual(word_length_histogram(""), {})

    def test_case_04(self):
        self.assertEqual(word_length_histogram("123 !!"), {})

    def test_case_05(self):
        self.assertEqual(word_length_histogram("hello"), {"5": 1})

    def test_case_06(self):
        self.assertEqual(word_length_histogram("a-b-c"), {"1": 3})

    def test_case_07(self):
        self.assertEqual(word_length_histogram("Mississippi river"), {"11": 1, "5": 1})

    def test_case_08(self):
        self.assertEqual(word_length_histogram("well,well,WELL"), {"4": 3})

    def test_case_09(self):
        self.assertEqual(word_length_histogram("  x  "), {"1": 1})

    def test_case_10(self):
        self.assertEqual(word_length_histogram("one two three four five six"), {"3": 3, "4": 2, "5": 1})

    def test_case_11(self):
        self.assertEqual(word_length_histogram("abc123def"), {"3": 2})


if __name__ == '__main__':
    unittest.main()
