import unittest

from solution import prefix_tally


class PrefixTallyTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(prefix_tally(["add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog"]), [3, 2, 2, 0])


if __name__ == '__main__':
    unittest.main()
