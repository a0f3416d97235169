import unittest

from solution import split_csv_line


class SplitCsvLineTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(split_csv_line("a,b,c"), ["a", "b", "c"])


if __name__ == '__main__':
    unittest.main()
