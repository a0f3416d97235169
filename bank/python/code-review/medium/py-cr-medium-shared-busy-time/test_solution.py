import unittest

from solution import shared_busy_time


class SharedBusyTimeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(shared_busy_time([[0, 10]], [[5, 15]]), 5)

    def test_case_02(self):
        self.assertEqual(shared_busy_time([[1, 3], [5, 7], [9, 11]], [[2, 10]]), 4)

    def test_case_03(self):
        self.assertEqual(shared_busy_time([], [[0, 5]]), 0)

    def test_case_04(self):
        self.assertEqual(shared_busy_time([[0, 5]], []), 0)

    def test_case_05(self):
        self.assertEqual(shared_busy_time([[0, 5]], [[5, 10]]), 0)

    def test_case_06(self):
        self.assertEqual(shared_busy_time([[0, 10], [5, 15]], [[0, 20]]), 15)

    def test_case_07(self):
        self.assertEqual(shared_busy_time([[0, 10], [2, 4]], [[3, 8]]), 5)

    def test_case_08(self):
        self.assertEqual(shared_busy_time([[20, 30], [0, 10]], [[8, 22]]), 4)

    def test_case_09(self):
        self.assertEqual(shared_busy_time([[0, 100]], [[10, 20], [15, 25], [50, 60]]), 25)

    def test_case_10(self):
        self.assertEqual(shared_busy_time([[-5, 5]], [[-10, 0]]), 5)

    def test_case_11(self):
        self.assertEqual(shared_busy_time([[0, 4], [4, 8]], [[2, 6]]), 4)

    def test_case_12(self):
        self.assertEqual(shared_busy_time([[1, 2]], [[1, 2]]), 1)

    def test_case_13(self):
        self.assertEqual(shared_busy_time([[0, 3], [6, 9]], [[3, 6]]), 0)

    def test_case_14(self):
        self.assertEqual(shared_busy_time([[0, 10], [20, 30], [40, 50]], [[5, 25], [28, 45]]), 17)


if __name__ == '__main__':
    unittest.main()
