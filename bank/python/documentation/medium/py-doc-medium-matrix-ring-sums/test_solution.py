import unittest

from solution import ring_sums


class RingSumsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(ring_sums([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), [40, 5])

    def test_case_02(self):
        self.assertEqual(ring_sums([[1, 1, 1, 1], [1, 2, 2, 1], [1, 2, 2, 1], [1, 1, 1, 1]]), [12, 8])

    def test_case_03(self):
        self.assertEqual(ring_sums([]), [])

    def test_case_04(self):
        self.assertEqual(ring_sums([[]]), [])

    def test_case_05(self):
        self.assertEqual(ring_sums([[7]]), [7])

    def test_case_06(self):
        self.assertEqual(ring_sums([[1, 2, 3, 4]]), [10])

    def test_case_07(self):
        self.assertEqual(ring_sums([[1], [2], [3]]), [6])

    def test_case_08(self):
        self.assertEqual(ring_sums([[1, 2], [3, 4]]), [10])

    def test_case_09(self):
        self.assertEqual(ring_sums([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]]), [96, 24])

    def test_case_10(self):
        self.assertEqual(ring_sums([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15]]), [96, 24])

    def test_case_11(self):
        self.assertEqual(ring_sums([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25]]), [208, 104, 13])

    def test_case_12(self):
        self.assertEqual(ring_sums([[-1, -1], [-1, -1], [5, 5]]), [6])

    def test_case_13(self):
        self.assertEqual(ring_sums([[0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 0], [0, 5, 6, 7, 8, 0], [0, 0, 0, 0, 0, 0]]), [0, 36])


if __name__ == '__main__':
    unittest.main()
