import unittest

from solution import right_align


class RightAlignTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(right_align(["1", "22", "333"]), ["  1", " 22", "333"])

    def test_case_02(self):
        self.assertEqual(right_align(["apple", "fig"]), ["apple", "  fig"])

    def test_case_03(self):
        self.assertEqual(right_align([]), [])

    def test_case_04(self):
        self.assertEqual(right_align([""]), [""])

    def test_case_05(self):
        self.assertEqual(right_align(["x"]), ["x"])

    def test_case_06(self):
        self.assertEqual(right_align(["", ""]), ["", ""])

    def test_case_07(self):
        self.assertEqual(right_align(["", "ab"]), ["  ", "ab"])

    def test_case_08(self):
        self.assertEqual(right_align(["same", "size"]), ["same", "size"])

    def test_case_09(self):
        self.assertEqual(right_align([" a", "b"]), [" a", " b"])

    def test_case_10(self):
        self.assertEqual(right_align(["10", "9", "100"]), [" 10", "  9", "100"])

    def test_case_11(self):
        self.assertEqual(right_align(["a b", "cd"]), ["a b", " cd"])


if __name__ == '__main__':
    unittest.main()
