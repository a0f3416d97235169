import unittest

from solution import digit_sum_steps


class DigitSumStepsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(digit_sum_steps(9875), 3)


if __name__ == '__main__':
    unittest.main()
