import unittest

from solution import count_in_range


class CountInRangeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_in_range([1, 5, 10, 15], 5, 10), 2)


if __name__ == '__main__':
    unittest.main()
