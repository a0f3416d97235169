import unittest

from solution import compress_ranges


class CompressRangesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(compress_ranges([1, 2, 3, 5, 7, 8, 9, 10]), "1..3,5,7..10")


if __name__ == '__main__':
    unittest.main()
