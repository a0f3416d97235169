import unittest

from solution import region_sizes


class RegionSizesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(region_sizes(["##.", "#..", "..#"]), [3, 1])

    def test_case_02(self):
        self.assertEqual(region_sizes(["##..##", "......", "###..#"]), [3, 2, 2, 1])

    def test_case_03(self):
        self.assertEqual(region_sizes([]), [])

    def test_case_04(self):
        self.assertEqual(region_sizes(["..."]), [])

    def test_case_05(self):
        self.assertEqual(region_sizes(["#"]), [1])

    def test_case_06(self):
        self.assertEqual(region_sizes(["#.#", ".#.", "#.#"]), [1, 1, 1, 1, 1])

    def test_case_07(self):
        self.assertEqual(region_sizes(["###", "#.#", "###"]), [8])

    def test_case_08(self):
        self.assertEqual(region_sizes(["#..#", "#..#", "####"]), [8])

    def test_case_09(self):
        self.assertEqual(region_sizes([".#.", "###", ".#."]), [5])

    def test_case_10(self):
        self.assertEqual(region_sizes(["#", "#", ".", "#"]), [2, 1])

    def test_case_11(self):
        self.assertEqual(region_sizes(["#.#.#.#"]), [1, 1, 1, 1])

    def test_case_12(self):
        self.assertEqual(region_sizes(["####", "....", "#..#", "####"]), [6, 4])

    def test_case_13(self):
        self.assertEqual(region_sizes(["#####", "....#", "#####", "#....", "#####"]), [17])


if __name__ == '__main__':
    unittest.main()
