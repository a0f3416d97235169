import unittest

from solution import pair_sums


class PairSumsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(pair_sums([1, 2, 3, 4]), [3, 7])

    def test_case_02(self):
        self.assertEqual(pair_sums([10, 20, 30, 40, 50]), [30, 70, 50])

    def test_case_03(self):
        self.assertEqual(pair_sums([]), [])

    def test_case_04(self):
        self.assertEqual(pair_sums([5]), [5])

    def test_case_05(self):
        self.assertEqual(pair_sums([1, 2, 3]), [3, 3])

    def test_case_06(self):
        self.assertEqual(pair_sums([-1, 1]), [0])

    def test_case_07(self):
        self.assertEqual(pair_sums([0, 0, 0, 0]), [0, 0])

    def test_case_08(self):
        self.assertEqual(pair_sums([-5, -6, 7]), [-11, 7])

    def test_case_09(self):
        self.assertEqual(pair_sums([100, -100, 3, 3, 9, 1]), [0, 6, 10])

    def test_case_10(self):
        self.assertEqual(pair_sums([4000000000000, 4000000000000]), [8000000000000])

    def test_case_11(self):
        self.assertEqual(pair_sums([2, 2, 2]), [4, 2])


if __name__ == '__main__':
    unittest.main()
