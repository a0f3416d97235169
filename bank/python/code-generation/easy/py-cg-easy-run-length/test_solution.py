import unittest

from solution import encode


class EncodeTest(unittest.TestCase):
    def test_empty_string_encodes_to_empty(self) -> None:
        self.assertEqual(encode(""), "")

    def test_single_characters_are_left_alone(self) -> None:
        self.assertEqual(encode("abc"), "abc")

    def test_mixed_runs(self) -> None:
        self.assertEqual(encode("aaabcc"), "a3bc2")

    def test_run_of_two_gets_a_count(self) -> None:
        self.assertEqual(encode("xx"), "x2")

    def test_multi_digit_count(self) -> None:
        self.assertEqual(encode("x" * 12 + "y"), "x12y")

    def test_case_sensitive_runs(self) -> None:
        self.assertEqual(encode("aAAa"), "aA2a")

    def test_whitespace_and_punctuation_are_ordinary(self) -> None:
        self.assertEqual(encode("a   b!!"), "a 3b!2")

    def test_repeated_run_of_same_char_after_gap(self) -> None:
        self.assertEqual(encode("aabaa"), "a2ba2")

    def test_non_ascii_characters(self) -> None:
        self.assertEqual(encode("ééé"), "é3")

    def test_digit_raises_value_error(self) -> None:
        with self.assertRaises(ValueError):
            encode("a1")

    def test_unicode_digit_raises_value_error(self) -> None:
        with self.assertRaises(ValueError):
            encode("ab²")
