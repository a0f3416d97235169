import unittest

from solution import lowest_balance


class LowestBalanceTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(lowest_balance(100, [-30, -80, 50]), -10)


if __name__ == '__main__':
    unittest.main()
