import unittest

from solution import min_split_difference


class MinSplitDifferenceTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(min_split_difference([1, 6, 11, 5]), 1)


if __name__ == '__main__':
    unittest.main()
