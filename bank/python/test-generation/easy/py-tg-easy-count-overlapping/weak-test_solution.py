import unittest

from solution import count_overlapping


class CountOverlappingTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_overlapping("banana", "ana"), 2)


if __name__ == '__main__':
    unittest.main()
