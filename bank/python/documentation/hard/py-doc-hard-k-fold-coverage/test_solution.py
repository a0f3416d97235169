import unittest

from solution import covered_at_least


class CoveredAtLeastTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(covered_at_least([[1, 5], [2, 7], [6, 9]], 2), 4)

    def test_case_02(self):
        self.assertEqual(covered_at_least([[1, 5], [2, 7], [6, 9]], 1), 8)

    def test_case_03(self):
        self.assertEqual(covered_at_least([[1, 5], [2, 7], [6, 9]], 3), 0)

    def test_case_04(self):
        self.assertEqual(covered_at_least([], 1), 0)

    def test_case_05(self):
        self.assertEqual(covered_at_least([[0, 2], [2, 4]], 2), 0)

    def test_case_06(self):
        self.assertEqual(covered_at_least([[0, 2], [2, 4]], 1), 4)

    def test_case_07(self):
        self.assertEqual(covered_at_least([[3, 8], [3, 8], [3, 8]], 3), 5)

    def test_case_08(self):
        self.assertEqual(covered_at_least([[-5, -1], [-3, 2]], 2), 2)

    def test_case_09(self):
        self.assertEqual(covered_at_least([[0, 10], [2, 3], [4, 6], [5, 9]], 2), 6)

    def test_case_10(self):
        self.assertEqual(covered_at_least([[0, 10], [2, 3], [4, 6], [5, 9]], 3), 1)

    def test_case_11(self):
        self.assertEqual(covered_at_least([[0, 1]], 5), 0)

    def test_case_12(self):
        self.assertEqual(covered_at_least([[21, 25], [13, 16], [24, 38], [17, 29], [17, 25], [13, 25], [3, 8], [30, 42], [18, 33], [25, 35], [20, 22], [3, 15], [2, 4], [-5, 1], [29, 41]], 3), 24)

    def test_case_13(self):
        self.assertEqual(covered_at_least([[1294, 1412], [1410, 1619], [3551, 3745], [3505, 3537], [4480, 5475], [1186, 1850], [2201, 2496], [2991, 3399], [78, 567], [4268, 4740], [2237, 3098], [2901, 3401], [1130, 1241], [1179, 1753], [1823, 2816], [2940, 3407], [3091, 3715], [4858, 4908], [4589, 4924], [2087, 3078]], 2), 2561)


if __name__ == '__main__':
    unittest.main()
