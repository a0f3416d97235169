import unittest

from solution import closest_pair_sum


class ClosestPairSumTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(closest_pair_sum([1, 4, 7, 10], 12), [1, 10])


if __name__ == '__main__':
    unittest.main()
