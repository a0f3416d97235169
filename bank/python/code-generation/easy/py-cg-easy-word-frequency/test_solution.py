import unittest

from solution import top_words


class TopWordsTest(unittest.TestCase):
    def test_counts_and_orders_by_frequency(self) -> None:
        self.assertEqual(top_words("the cat and the hat", 2), [("the", 2), ("and", 1)])

    def test_ties_are_alphabetical(self) -> None:
        self.assertEqual(
            top_words("pear fig apple fig pear", 3),
            [("fig", 2), ("pear", 2), ("apple", 1)],
        )

    def test_case_insensitive_lowercase_output(self) -> None:
        self.assertEqual(top_words("Go GO go gone", 1), [("go", 3)])

    def test_non_letters_split_words(self) -> None:
        self.assertEqual(
            top_words("Don't stop", 5), [("don", 1), ("stop", 1), ("t", 1)]
        )

    def test_digits_and_non_ascii_are_separators(self) -> None:
        self.assertEqual(top_words("abc1abc café", 10), [("abc", 2), ("caf", 1)])

    def test_n_larger_than_distinct_words(self) -> None:
        self.assertEqual(top_words("one two", 10), [("one", 1), ("two", 1)])

    def test_n_zero_returns_empty(self) -> None:
        self.assertEqual(top_words("a b c", 0), [])

    def test_text_without_words(self) -> None:
        self.assertEqual(top_words("  123 -- !! ", 3), [])

    def test_negative_n_raises(self) -> None:
        with self.assertRaises(ValueError):
            top_words("a b", -1)
