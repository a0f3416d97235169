import unittest

from solution import lowest_balance


class LowestBalanceTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(lowest_balance(100, [-30, -80, 50]), -10)

    def test_case_02(self):
        self.assertEqual(lowest_balance(10, [5, 5]), 10)

    def test_case_03(self):
        self.assertEqual(lowest_balance(0, []), 0)

    def test_case_04(self):
        self.assertEqual(lowest_balance(50, []), 50)

    def test_case_05(self):
        self.assertEqual(lowest_balance(10, [-10]), 0)

    def test_case_06(self):
        self.assertEqual(lowest_balance(-5, [10, -20]), -15)

    def test_case_07(self):
        self.assertEqual(lowest_balance(0, [1, -1, -1, 1]), -1)

    def test_case_08(self):
        self.assertEqual(lowest_balance(100, [-50, -50, -50, 200]), -50)

    def test_case_09(self):
        self.assertEqual(lowest_balance(-100, [1, 2, 3]), -100)

    def test_case_10(self):
        self.assertEqual(lowest_balance(5, [0, 0]), 5)

    def test_case_11(self):
        self.assertEqual(lowest_balance(1000000, [-999999, -2]), -1)

    def test_case_12(self):
        self.assertEqual(lowest_balance(3, [-1, -1, -1, -1, 10, -20]), -11)


if __name__ == '__main__':
    unittest.main()
