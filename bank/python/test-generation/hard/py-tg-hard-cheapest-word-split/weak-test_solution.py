import unittest

from solution import cheapest_split


class CheapestSplitTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(cheapest_split("catsand", {"and": 2, "cat": 3, "cats": 4, "sand": 2}), ["cat", "sand"])


if __name__ == '__main__':
    unittest.main()
