import unittest

from solution import alternating_digit_sum


class AlternatingDigitSumTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(alternating_digit_sum(1234), -2)


if __name__ == '__main__':
    unittest.main()
