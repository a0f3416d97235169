import unittest

from solution import assign_rooms


class AssignRoomsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(assign_rooms([[0, 30], [5, 10], [15, 20]]), [0, 1, 1])

    def test_case_02(self):
        self.assertEqual(assign_rooms([]), [])

    def test_case_03(self):
        self.assertEqual(assign_rooms([[1, 5], [5, 9]]), [0, 0])

    def test_case_04(self):
        self.assertEqual(assign_rooms([[0, 10], [0, 5], [0, 3], [4, 8], [6, 12]]), [0, 1, 2, 2, 1])

    def test_case_05(self):
        self.assertEqual(assign_rooms([[10, 20], [0, 5], [5, 10]]), [0, 0, 0])

    def test_case_06(self):
        self.assertEqual(assign_rooms([[2, 4], [2, 3], [2, 5]]), [0, 1, 2])

    def test_case_07(self):
        self.assertEqual(assign_rooms([[0, 4], [0, 2], [0, 3], [5, 6]]), [0, 1, 2, 0])

    def test_case_08(self):
        self.assertEqual(assign_rooms([[0, 10], [0, 2], [3, 4]]), [0, 1, 1])

    def test_case_09(self):
        self.assertEqual(assign_rooms([[-5, -1], [-3, 0], [-1, 2]]), [0, 1, 0])

    def test_case_10(self):
        self.assertEqual(assign_rooms([[10, 15], [1, 9], [4, 5], [15, 21], [8, 16], [6, 12], [8, 15], [9, 13], [18, 19], [13, 15], [20, 25], [15, 17], [16, 22], [15, 21]]), [4, 0, 1, 0, 2, 1, 3, 0, 1, 0, 1, 1, 2, 3])

    def test_case_11(self):
        self.assertEqual(assign_rooms([[5, 7], [2, 3], [0, 3], [6, 7], [6, 8], [6, 9], [4, 6], [5, 6], [4, 5], [0, 2]]), [1, 1, 0, 0, 2, 3, 0, 2, 1, 1])


if __name__ == '__main__':
    unittest.main()
