import unittest

from solution import free_slots


class FreeSlotsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(free_slots([[9, 10], [12, 13]], 8, 17, 1), [[8, 9], [10, 12], [13, 17]])

    def test_case_02(self):
        self.assertEqual(free_slots([[2, 4], [3, 6]], 0, 10, 2), [[0, 2], [6, 10]])

    def test_case_03(self):
        self.assertEqual(free_slots([], 0, 10, 1), [[0, 10]])

    def test_case_04(self):
        self.assertEqual(free_slots([], 0, 10, 11), [])

    def test_case_05(self):
        self.assertEqual(free_slots([[0, 5], [5, 10]], 0, 10, 1), [])

    def test_case_06(self):
        self.assertEqual(free_slots([[5, 6], [1, 2]], 0, 8, 1), [[0, 1], [2, 5], [6, 8]])

    def test_case_07(self):
        self.assertEqual(free_slots([[-5, 3], [7, 20]], 0, 10, 1), [[3, 7]])

    def test_case_08(self):
        self.assertEqual(free_slots([[1, 2], [4, 5]], 0, 6, 2), [[2, 4]])

    def test_case_09(self):
        self.assertEqual(free_slots([[20, 30]], 0, 10, 1), [[0, 10]])

    def test_case_10(self):
        self.assertEqual(free_slots([[0, 10]], 2, 8, 1), [])

    def test_case_11(self):
        self.assertEqual(free_slots([[1, 9], [2, 3]], 0, 10, 1), [[0, 1], [9, 10]])

    def test_case_12(self):
        self.assertEqual(free_slots([[3, 4], [3, 4], [6, 7]], 3, 7, 1), [[4, 6]])

    def test_case_13(self):
        self.assertEqual(free_slots([[100, 130], [60, 90], [150, 160], [85, 100]], 60, 180, 15), [[130, 150], [160, 180]])


if __name__ == '__main__':
    unittest.main()
