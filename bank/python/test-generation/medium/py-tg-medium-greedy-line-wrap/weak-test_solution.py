import unittest

from solution import wrap_words


class WrapWordsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(wrap_words("the quick brown fox", 10), ["the quick", "brown fox"])


if __name__ == '__main__':
    unittest.main()
