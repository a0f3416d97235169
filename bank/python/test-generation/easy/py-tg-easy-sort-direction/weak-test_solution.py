import unittest

from solution import sort_direction


class SortDirectionTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(sort_direction([1, 2, 2, 5]), "ascending")


if __name__ == '__main__':
    unittest.main()
