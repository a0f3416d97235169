import unittest

from solution import histogram_bins


class HistogramBinsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(histogram_bins([1, 2, 11, 25], 10), [2, 1, 1])


if __name__ == '__main__':
    unittest.main()
