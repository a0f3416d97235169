import unittest

from solution import fragile_links


class FragileLinksTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(fragile_links(4, [[0, 1], [1, 2], [2, 0], [1, 3]]), [[1, 3]])

    def test_case_02(self):
        self.assertEqual(fragile_links(3, []), [])

    def test_case_03(self):
        self.assertEqual(fragile_links(4, [[0, 1], [1, 2], [2, 3]]), [[0, 1], [1, 2], [2, 3]])

    def test_case_04(self):
        self.assertEqual(fragile_links(2, [[0, 1], [1, 0]]), [])

    def test_case_05(self):
        self.assertEqual(fragile_links(2, [[0, 0], [0, 1]]), [[0, 1]])

    def test_case_06(self):
        self.assertEqual(fragile_links(6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]), [[2, 3]])

    def test_case_07(self):
        self.assertEqual(fragile_links(5, [[4, 3], [1, 0]]), [[0, 1], [3, 4]])

    def test_case_08(self):
        self.assertEqual(fragile_links(3, [[2, 1], [1, 0]]), [[0, 1], [1, 2]])

    def test_case_09(self):
        self.assertEqual(fragile_links(5, [[0, 1], [0, 2], [0, 3], [0, 4]]), [[0, 1], [0, 2], [0, 3], [0, 4]])

    def test_case_10(self):
        self.assertEqual(fragile_links(0, []), [])

    def test_case_11(self):
        self.assertEqual(fragile_links(7, [[0, 1], [1, 2], [2, 3], [3, 1], [3, 4], [4, 5], [5, 6], [6, 4], [0, 6]]), [])

    def test_case_12(self):
        self.assertEqual(fragile_links(10, [[1, 7], [7, 5], [8, 8], [8, 1], [4, 4], [0, 1], [9, 0], [1, 8], [7, 9], [1, 6], [9, 7], [9, 7]]), [[1, 6], [5, 7]])

    def test_case_13(self):
        self.assertEqual(fragile_links(12, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8], [8, 9], [9, 10], [10, 11], [2, 5], [7, 9], [9, 7]]), [[0, 1], [1, 2], [5, 6], [6, 7], [9, 10], [10, 11]])


if __name__ == '__main__':
    unittest.main()
