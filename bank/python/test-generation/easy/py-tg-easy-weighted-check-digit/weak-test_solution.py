import unittest

from solution import weighted_check_digit


class WeightedCheckDigitTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(weighted_check_digit("305"), 6)


if __name__ == '__main__':
    unittest.main()
