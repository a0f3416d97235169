import unittest

from solution import weighted_check_digit


class WeightedCheckDigitTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(weighted_check_digit("305"), 6)

    def test_case_02(self):
        self.assertEqual(weighted_check_digit("123"), 0)

    def test_case_03(self):
        self.assertEqual(weighted_check_digit("4"), 6)

    def test_case_04(self):
        self.assertEqual(weighted_check_digit("0"), 0)

    def test_case_05(self):
        self.assertEqual(weighted_check_digit("9"), 1)

    def test_case_06(self):
        self.assertEqual(weighted_check_digit("12"), 6)

    def test_case_07(self):
        self.assertEqual(weighted_check_digit("0000"), 0)

    def test_case_08(self):
        self.assertEqual(weighted_check_digit("1000"), 6)

    def test_case_09(self):
        self.assertEqual(weighted_check_digit("5555"), 0)

    def test_case_10(self):
        self.assertEqual(weighted_check_digit("271828"), 3)

    def test_case_11(self):
        self.assertEqual(weighted_check_digit("11111111111"), 4)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            weighted_check_digit("")

    def test_case_13(self):
        with self.assertRaises(ValueError):
            weighted_check_digit("12a4")

    def test_case_14(self):
        with self.assertRaises(ValueError):
            weighted_check_digit("1 2")


if __name__ == '__main__':
    unittest.main()
