import unittest

from solution import clamp_values


class ClampValuesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(clamp_values([1, 5, 10], 3, 7), [3, 5, 7])

    def test_case_02(self):
        self.assertEqual(clamp_values([-10, 0, 10], -5, 5), [-5, 0, 5])

    def test_case_03(self):
        self.assertEqual(clamp_values([], 0, 1), [])

    def test_case_04(self):
        self.assertEqual(clamp_values([4], 4, 4), [4])

    def test_case_05(self):
        self.assertEqual(clamp_values([1, 9], 4, 4), [4, 4])

    def test_case_06(self):
        self.assertEqual(clamp_values([3, 4, 5], 3, 5), [3, 4, 5])

    def test_case_07(self):
        self.assertEqual(clamp_values([-100], -50, -10), [-50])

    def test_case_08(self):
        self.assertEqual(clamp_values([100, 200], 0, 150), [100, 150])

    def test_case_09(self):
        self.assertEqual(clamp_values([7, 7, 7], 0, 6), [6, 6, 6])

    def test_case_10(self):
        self.assertEqual(clamp_values([0], 1, 2), [1])

    def test_case_11(self):
        with self.assertRaises(ValueError):
            clamp_values([1], 5, 4)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            clamp_values([], 1, 0)


if __name__ == '__main__':
    unittest.main()
