import unittest

from solution import vowels_per_word


class VowelsPerWordTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(vowels_per_word("hello world"), [2, 1])

    def test_case_02(self):
        self.assertEqual(vowels_per_word("rhythm and blues"), [0, 1, 2])

    def test_case_03(self):
        self.assertEqual(vowels_per_word(""), [])

    def test_case_04(self):
        self.assertEqual(vowels_per_word("   "), [])

    def test_case_05(self):
        self.assertEqual(vowels_per_word("Sky"), [0])

    def test_case_06(self):
        self.assertEqual(vowels_per_word("AEIOU aeiou"), [5, 5])

    def test_case_07(self):
        self.assertEqual(vowels_per_word("  a  b  "), [1, 0])

    def test_case_08(self):
        self.assertEqual(vowels_per_word("queue"), [4])

    def test_case_09(self):
        self.assertEqual(vowels_per_word("x"), [0])

    def test_case_10(self):
        self.assertEqual(vowels_per_word("It's a test-case!"), [1, 1, 3])

    def test_case_11(self):
        self.assertEqual(vowels_per_word("Yay"), [1])

    def test_case_12(self):
        self.assertEqual(vowels_per_word("OOPS oops 42"), [2, 2, 0])


if __name__ == '__main__':
    unittest.main()
