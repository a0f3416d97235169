import unittest

from solution import second_largest_distinct


class SecondLargestDistinctTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(second_largest_distinct([4, 1, 9, 7]), 7)

    def test_case_02(self):
        self.assertEqual(second_largest_distinct([9, 9, 8, 8]), 8)

    def test_case_03(self):
        self.assertIsNone(second_largest_distinct([]))

    def test_case_04(self):
        self.assertIsNone(second_largest_distinct([8]))

    def test_case_05(self):
        self.assertIsNone(second_largest_distinct([2, 2, 2]))

    def test_case_06(self):
        self.assertEqual(second_largest_distinct([5, 5, 3]), 3)

    def test_case_07(self):
        self.assertEqual(second_largest_distinct([-1, -5, -3]), -3)

    def test_case_08(self):
        self.assertEqual(second_largest_distinct([1, 2]), 1)

    def test_case_09(self):
        self.assertEqual(second_largest_distinct([3, 1, 3, 2]), 2)

    def test_case_10(self):
        self.assertEqual(second_largest_distinct([0, -9007199254740991]), -9007199254740991)

    def test_case_11(self):
        self.assertEqual(second_largest_distinct([10, 10, 10, 9]), 9)


if __name__ == '__main__':
    unittest.main()
