import unittest

from solution import run_length_list


class RunLengthListTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(run_length_list([1, 1, 2, 3, 3, 3]), [[1, 2], [2, 1], [3, 3]])

    def test_case_02(self):
        self.assertEqual(run_length_list([2, 2, 2, 3, 2, 2]), [[2, 3], [3, 1], [2, 2]])

    def test_case_03(self):
        self.assertEqual(run_length_list([]), [])

    def test_case_04(self):
        self.assertEqual(run_length_list([5]), [[5, 1]])

    def test_case_05(self):
        self.assertEqual(run_length_list([7, 7, 7, 7]), [[7, 4]])

    def test_case_06(self):
        self.assertEqual(run_length_list([1, 2, 1, 2]), [[1, 1], [2, 1], [1, 1], [2, 1]])

    def test_case_07(self):
        self.assertEqual(run_length_list([0, 0, -1, -1, 0]), [[0, 2], [-1, 2], [0, 1]])

    def test_case_08(self):
        self.assertEqual(run_length_list([4, 4, 5]), [[4, 2], [5, 1]])

    def test_case_09(self):
        self.assertEqual(run_length_list([9, 8, 8]), [[9, 1], [8, 2]])

    def test_case_10(self):
        self.assertEqual(run_length_list([-3]), [[-3, 1]])

    def test_case_11(self):
        self.assertEqual(run_length_list([1000000000000, 1000000000000]), [[1000000000000, 2]])


if __name__ == '__main__':
    unittest.main()
