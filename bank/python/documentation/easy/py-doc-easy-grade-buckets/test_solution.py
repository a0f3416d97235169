import unittest

from solution import grade_buckets


class GradeBucketsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(grade_buckets([95, 82, 71, 64, 12]), {"A": 1, "B": 1, "C": 1, "D": 1, "F": 1})

    def test_case_02(self):
        self.assertEqual(grade_buckets([]), {"A": 0, "B": 0, "C": 0, "D": 0, "F": 0})

    def test_case_03(self):
        self.assertEqual(grade_buckets([100, 90, 89, 80]), {"A": 2, "B": 2, "C": 0, "D": 0, "F": 0})

    def test_case_04(self):
        self.assertEqual(grade_buckets([79, 70, 69, 60, 59, 0]), {"A": 0, "B": 0, "C": 2, "D": 2, "F": 2})

    def test_case_05(self):
        self.assertEqual(grade_buckets([50, 50, 50]), {"A": 0, "B": 0, "C": 0, "D": 0, "F": 3})

    def test_case_06(self):
        self.assertEqual(grade_buckets([0]), {"A": 0, "B": 0, "C": 0, "D": 0, "F": 1})

    def test_case_07(self):
        self.assertEqual(grade_buckets([100]), {"A": 1, "B": 0, "C": 0, "D": 0, "F": 0})

    def test_case_08(self):
        self.assertEqual(grade_buckets([88, 91, 77, 77, 61, 99, 35]), {"A": 2, "B": 1, "C": 2, "D": 1, "F": 1})

    def test_case_09(self):
        with self.assertRaises(ValueError):
            grade_buckets([101])

    def test_case_10(self):
        with self.assertRaises(ValueError):
            grade_buckets([90, -1])


if __name__ == '__main__':
    unittest.main()
