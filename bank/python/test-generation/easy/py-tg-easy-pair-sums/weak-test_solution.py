import unittest

from solution import pair_sums


class PairSumsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(pair_sums([1, 2, 3, 4]), [3, 7])


if __name__ == '__main__':
    unittest.main()
