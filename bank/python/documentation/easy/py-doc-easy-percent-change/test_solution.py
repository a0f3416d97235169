import unittest

from solution import percent_change


class PercentChangeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertAlmostEqual(percent_change(50.0, 75.0), 50.0, delta=1e-6)

    def test_case_02(self):
        self.assertAlmostEqual(percent_change(200.0, 150.0), -25.0, delta=1e-6)

    def test_case_03(self):
        self.assertAlmostEqual(percent_change(10.0, 10.0), 0.0, delta=1e-6)

    def test_case_04(self):
        self.assertAlmostEqual(percent_change(1.0, 0.0), -100.0, delta=1e-6)

    def test_case_05(self):
        self.assertAlmostEqual(percent_change(3.0, 4.0), 33.3333333333, delta=1e-6)

    def test_case_06(self):
        self.assertAlmostEqual(percent_change(-10.0, -5.0), 50.0, delta=1e-6)

    def test_case_07(self):
        self.assertAlmostEqual(percent_change(-10.0, -20.0), -100.0, delta=1e-6)

    def test_case_08(self):
        self.assertAlmostEqual(percent_change(0.5, 1.5), 200.0, delta=1e-6)

    def test_case_09(self):
        self.assertAlmostEqual(percent_change(4.0, 2.5), -37.5, delta=1e-6)

    def test_case_10(self):
        self.assertAlmostEqual(percent_change(100.0, 1000.0), 900.0, delta=1e-6)

    def test_case_11(self):
        self.assertAlmostEqual(percent_change(-4.0, 2.0), 150.0, delta=1e-6)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            percent_change(0.0, 5.0)

    def test_case_13(self):
        with self.assertRaises(ValueError):
            percent_change(0.0, 0.0)


if __name__ == '__main__':
    unittest.main()
