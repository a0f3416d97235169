import unittest

from solution import percent_change


class PercentChangeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertAlmostEqual(percent_change(50.0, 75.0), 50.0, delta=1e-6)


if __name__ == '__main__':
    unittest.main()
