import unittest

from solution import count_sign_changes


class CountSignChangesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_sign_changes([1, -1, 1]), 2)


if __name__ == '__main__':
    unittest.main()
