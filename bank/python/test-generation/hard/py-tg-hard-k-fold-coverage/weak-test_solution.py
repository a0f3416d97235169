import unittest

from solution import covered_at_least


class CoveredAtLeastTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(covered_at_least([[1, 5], [2, 7], [6, 9]], 2), 4)


if __name__ == '__main__':
    unittest.main()
