import unittest

from solution import second_largest_distinct


class SecondLargestDistinctTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(second_largest_distinct([4, 1, 9, 7]), 7)


if __name__ == '__main__':
    unittest.main()
