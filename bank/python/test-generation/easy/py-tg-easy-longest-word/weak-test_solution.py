import unittest

from solution import longest_word


class LongestWordTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(longest_word("the quick brown fox"), "quick")


if __name__ == '__main__':
    unittest.main()
