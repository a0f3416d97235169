import unittest

from solution import digit_sum_steps


class DigitSumStepsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(digit_sum_steps(9875), 3)

    def test_case_02(self):
        self.assertEqual(digit_sum_steps(19), 2)

    def test_case_03(self):
        self.assertEqual(digit_sum_steps(0), 0)

    def test_case_04(self):
        self.assertEqual(digit_sum_steps(7), 0)

    def test_case_05(self):
        self.assertEqual(digit_sum_steps(10), 1)

    def test_case_06(self):
        self.assertEqual(digit_sum_steps(99), 2)

    def test_case_07(self):
        self.assertEqual(digit_sum_steps(199), 3)

    def test_case_08(self):
        self.assertEqual(digit_sum_steps(-38), 2)

    def test_case_09(self):
        self.assertEqual(digit_sum_steps(-5), 0)

    def test_case_10(self):
        self.assertEqual(digit_sum_steps(100000), 1)

    def test_case_11(self):
        self.assertEqual(digit_sum_steps(999999999999999), 2)

    def test_case_12(self):
        self.assertEqual(digit_sum_steps(1999999999999999), 3)


if __name__ == '__main__':
    unittest.main()
