import unittest

from solution import compress_ranges


class CompressRangesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(compress_ranges([1, 2, 3, 5, 7, 8, 9, 10]), "1..3,5,7..10")

    def test_case_02(self):
        self.assertEqual(compress_ranges([10, 1, 2, 12, 11]), "1,2,10..12")

    def test_case_03(self):
        self.assertEqual(compress_ranges([]), "")

    def test_case_04(self):
        self.assertEqual(compress_ranges([4]), "4")

    def test_case_05(self):
        self.assertEqual(compress_ranges([5, 4]), "4,5")

    def test_case_06(self):
        self.assertEqual(compress_ranges([3, 3, 3]), "3")

    def test_case_07(self):
        self.assertEqual(compress_ranges([1, 2, 3]), "1..3")

    def test_case_08(self):
        self.assertEqual(compress_ranges([-2, -1, 0, 1]), "-2..1")

    def test_case_09(self):
        self.assertEqual(compress_ranges([0, 2, 4, 6]), "0,2,4,6")

    def test_case_10(self):
        self.assertEqual(compress_ranges([7, 6, 5, 5, 6, 7, 9]), "5..7,9")

    def test_case_11(self):
        self.assertEqual(compress_ranges([-5, -3, -4, 100, 101]), "-5..-3,100,101")

    def test_case_12(self):
        self.assertEqual(compress_ranges([1, 3, 2, 4, 3, 1]), "1..4")


if __name__ == '__main__':
    unittest.main()
