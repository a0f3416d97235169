import unittest

from solution import mean_absolute_deviation


class MeanAbsoluteDeviationTest(unittest.TestCase):
    def test_case_01(self):
        self.assertAlmostEqual(mean_absolute_deviation([1, 2, 3, 4]), 1.0, delta=1e-6)

    def test_case_02(self):
        self.assertAlmostEqual(mean_absolute_deviation([1, 1, 1, 5]), 1.5, delta=1e-6)

    def test_case_03(self):
        self.assertAlmostEqual(mean_absolute_deviation([5]), 0.0, delta=1e-6)

    def test_case_04(self):
        self.assertAlmostEqual(mean_absolute_deviation([2, 2, 2]), 0.0, delta=1e-6)

    def test_case_05(self):
        self.assertAlmostEqual(mean_absolute_deviation([1, 3]), 1.0, delta=1e-6)

    def test_case_06(self):
        self.assertAlmostEqual(mean_absolute_deviation([0, 10]), 5.0, delta=1e-6)

    def test_case_07(self):
        self.assertAlmostEqual(mean_absolute_deviation([1, 2, 3]), 0.6666666667, delta=1e-6)

    def test_case_08(self):
        self.assertAlmostEqual(mean_absolute_deviation([-5, 5]), 5.0, delta=1e-6)

    def test_case_09(self):
        self.assertAlmostEqual(mean_absolute_deviation([10, 20, 30, 40, 50]), 12.0, delta=1e-6)

    def test_case_10(self):
        self.assertAlmostEqual(mean_absolute_deviation([-3, -1]), 1.0, delta=1e-6)

    def test_case_11(self):
        self.assertAlmostEqual(mean_absolute_deviation([0, 0, 0, 9]), 3.375, delta=1e-6)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            mean_absolute_deviation([])


if __name__ == '__main__':
    unittest.main()
