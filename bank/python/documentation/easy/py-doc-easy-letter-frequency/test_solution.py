import unittest

from solution import letter_frequency


class LetterFrequencyTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(letter_frequency("Hello"), {"e": 1, "h": 1, "l": 2, "o": 1})

    def test_case_02(self):
        self.assertEqual(letter_frequency("AaBb a"), {"a": 3, "b": 2})

    def test_case_03(self):
        self.assertEqual(letter_frequency(""), {})

    def test_case_04(self):
        self.assertEqual(letter_frequency("123 !?"), {})

    def test_case_05(self):
        self.assertEqual(letter_frequency("z"), {"z": 1})

    def test_case_06(self):
        self.assertEqual(letter_frequency("Zz-Zz"), {"z": 4})

    def test_case_07(self):
        self.assertEqual(letter_frequency("The cat"), {"a": 1, "c": 1, "e": 1, "h": 1, "t": 2})

    def test_case_08(self):
        self.assertEqual(letter_frequency("aaaaa"), {"a": 5})

    def test_case_09(self):
        self.assertEqual(letter_frequency("A1b2C3"), {"a": 1, "b": 1, "c": 1})

    def test_case_10(self):
        self.assertEqual(letter_frequency("Mississippi"), {"i": 4, "m": 1, "p": 2, "s": 4})

    def test_case_11(self):
        self.assertEqual(letter_frequency("   "), {})

    def test_case_12(self):
        self.assertEqual(letter_frequency("XyZ xYz"), {"x": 2, "y": 2, "z": 2})


if __name__ == '__main__':
    unittest.main()
