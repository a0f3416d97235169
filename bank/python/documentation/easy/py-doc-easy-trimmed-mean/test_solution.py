import unittest

from solution import trimmed_mean


class TrimmedMeanTest(unittest.TestCase):
    def test_case_01(self):
        self.assertAlmostEqual(trimmed_mean([1.0, 2.0, 3.0, 4.0]), 2.5, delta=1e-6)

    def test_case_02(self):
        self.assertAlmostEqual(trimmed_mean([5.0, 1.0, 9.0]), 5.0, delta=1e-6)

    def test_case_03(self):
        self.assertAlmostEqual(trimmed_mean([2.0, 2.0, 2.0]), 2.0, delta=1e-6)

    def test_case_04(self):
        self.assertAlmostEqual(trimmed_mean([1.0, 1.0, 10.0, 10.0]), 5.5, delta=1e-6)

    def test_case_05(self):
        self.assertAlmostEqual(trimmed_mean([-3.5, 0.0, 3.5, 100.0]), 1.75, delta=1e-6)

    def test_case_06(self):
        self.assertAlmostEqual(trimmed_mean([0.1, 0.2, 0.3, 0.4]), 0.25, delta=1e-6)

    def test_case_07(self):
        self.assertAlmostEqual(trimmed_mean([7.0, 3.0, 5.0, 1.0, 9.0]), 5.0, delta=1e-6)

    def test_case_08(self):
        self.assertAlmostEqual(trimmed_mean([-1.0, -2.0, -3.0]), -2.0, delta=1e-6)

    def test_case_09(self):
        self.assertAlmostEqual(trimmed_mean([1000000.0, 1.0, 2.0, 3.0]), 2.5, delta=1e-6)

    def test_case_10(self):
        self.assertAlmostEqual(trimmed_mean([1.5, 2.5, 2.5, 100.0, -100.0]), 2.1666666667, delta=1e-6)

    def test_case_11(self):
        with self.assertRaises(ValueError):
            trimmed_mean([])

    def test_case_12(self):
        with self.assertRaises(ValueError):
            trimmed_mean([1.0, 2.0])


if __name__ == '__main__':
    unittest.main()
