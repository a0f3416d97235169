import unittest

from solution import trimmed_mean


class TrimmedMeanTest(unittest.TestCase):
    def test_case_01(self):
        self.assertAlmostEqual(trimmed_mean([1.0, 2.0, 3.0, 4.0]), 2.5, delta=1e-6)


if __name__ == '__main__':
    unittest.main()
