import unittest

from solution import mean_absolute_deviation


class MeanAbsoluteDeviationTest(unittest.TestCase):
    def test_case_01(self):
        self.assertAlmostEqual(mean_absolute_deviation([1, 2, 3, 4]), 1.0, delta=1e-6)


if __name__ == '__main__':
    unittest.main()
