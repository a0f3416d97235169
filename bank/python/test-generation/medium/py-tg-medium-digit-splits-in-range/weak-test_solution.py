import unittest

from solution import split_in_range


class SplitInRangeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(split_in_range("123", 1, 99), ["1-2-3", "1-23", "12-3"])


if __name__ == '__main__':
    unittest.main()
