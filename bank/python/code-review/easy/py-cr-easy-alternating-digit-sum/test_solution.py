import unittest

from solution import alternating_digit_sum


class AlternatingDigitSumTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(alternating_digit_sum(1234), -2)

    def test_case_02(self):
        self.assertEqual(alternating_digit_sum(909), 18)

    def test_case_03(self):
        self.assertEqual(alternating_digit_sum(0), 0)

    def test_case_04(self):
        self.assertEqual(alternating_digit_sum(5), 5)

    def test_case_05(self):
        self.assertEqual(alternating_digit_sum(10), 1)

    def test_case_06(self):
        self.assertEqual(alternating_digit_sum(91), 8)

    def test_case_07(self):
        self.assertEqual(alternating_digit_sum(-132), 0)

    def test_case_08(self):
        self.assertEqual(alternating_digit_sum(1000000), 1)

    def test_case_09(self):
        self.assertEqual(alternating_digit_sum(121), 0)

    def test_case_10(self):
        self.assertEqual(alternating_digit_sum(9090909), 36)

    def test_case_11(self):
        self.assertEqual(alternating_digit_sum(-7), 7)

    def test_case_12(self):
        self.assertEqual(alternating_digit_sum(123456789), 5)

    def test_case_13(self):
        self.assertEqual(alternating_digit_sum(11), 0)


if __name__ == '__main__':
    unittest.main()
