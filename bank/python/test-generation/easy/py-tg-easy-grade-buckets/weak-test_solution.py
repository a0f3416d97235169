import unittest

from solution import grade_buckets


class GradeBucketsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(grade_buckets([95, 82, 71, 64, 12]), {"A": 1, "B": 1, "C": 1, "D": 1, "F": 1})


if __name__ == '__main__':
    unittest.main()
