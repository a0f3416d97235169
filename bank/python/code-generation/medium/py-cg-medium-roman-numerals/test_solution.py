import unittest

from solution import from_roman, to_roman


class ToRomanTest(unittest.TestCase):
    def test_small_numbers(self) -> None:
        expected = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        self.assertEqual([to_roman(n) for n in range(1, 11)], expected)

    def test_subtractive_forms(self) -> None:
        self.assertEqual(to_roman(40), "XL")
        self.assertEqual(to_roman(90), "XC")
        self.assertEqual(to_roman(400), "CD")
        self.assertEqual(to_roman(900), "CM")

    def test_composite_numbers(self) -> None:
        self.assertEqual(to_roman(48), "XLVIII")
        self.assertEqual(to_roman(1994), "MCMXCIV")
        self.assertEqual(to_roman(3999), "MMMCMXCIX")

    def test_out_of_range_raises(self) -> None:
        for number in (0, -1, 4000, 10000):
            with self.assertRaises(ValueError):
                to_roman(number)


class FromRomanTest(unittest.TestCase):
    def test_parses_canonical_numerals(self) -> None:
        self.assertEqual(from_roman("MMXXIV"), 2024)
        self.assertEqual(from_roman("CDXLIV"), 444)
        self.assertEqual(from_roman("I"), 1)

    def test_round_trip_full_range(self) -> None:
        for number in range(1, 4000):
            self.assertEqual(from_roman(to_roman(number)), number)

    def test_empty_and_invalid_characters_raise(self) -> None:
        for text in ("", "xiv", "X IV", "XA", "12"):
            with self.assertRaises(ValueError, msg=text):
                from_roman(text)

    def test_non_canonical_forms_raise(self) -> None:
        for text in ("IIII", "VV", "IC", "IIX", "XM", "MMMM", "VX", "XXXX", "DD"):
            with self.assertRaises(ValueError, msg=text):
                from_roman(text)
