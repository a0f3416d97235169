import unittest

from solution import histogram_bins


class HistogramBinsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(histogram_bins([1, 2, 11, 25], 10), [2, 1, 1])

    def test_case_02(self):
        self.assertEqual(histogram_bins([0, 5, 9], 5), [1, 2])

    def test_case_03(self):
        self.assertEqual(histogram_bins([], 3), [])

    def test_case_04(self):
        self.assertEqual(histogram_bins([0], 1), [1])

    def test_case_05(self):
        self.assertEqual(histogram_bins([7], 1), [0, 0, 0, 0, 0, 0, 0, 1])

    def test_case_06(self):
        self.assertEqual(histogram_bins([30], 10), [0, 0, 0, 1])

    def test_case_07(self):
        self.assertEqual(histogram_bins([9, 9, 9], 10), [3])

    def test_case_08(self):
        self.assertEqual(histogram_bins([10], 10), [0, 1])

    def test_case_09(self):
        self.assertEqual(histogram_bins([3, 1, 4, 1, 5], 2), [2, 1, 2])

    def test_case_10(self):
        self.assertEqual(histogram_bins([0, 100], 50), [1, 0, 1])

    def test_case_11(self):
        with self.assertRaises(ValueError):
            histogram_bins([1], 0)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            histogram_bins([1, -1], 5)

    def test_case_13(self):
        with self.assertRaises(ValueError):
            histogram_bins([], -1)


if __name__ == '__main__':
    unittest.main()
