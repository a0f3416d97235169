import unittest

from solution import mask_card_number


class MaskCardNumberTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(mask_card_number("4111111111111111", 4), "************1111")

    def test_case_02(self):
        self.assertEqual(mask_card_number("4111-1111-1111-1234", 4), "****-****-****-1234")

    def test_case_03(self):
        self.assertEqual(mask_card_number("1234", 4), "1234")

    def test_case_04(self):
        self.assertEqual(mask_card_number("12", 4), "12")

    def test_case_05(self):
        self.assertEqual(mask_card_number("", 4), "")

    def test_case_06(self):
        self.assertEqual(mask_card_number("1234 5678", 0), "**** ****")

    def test_case_07(self):
        self.assertEqual(mask_card_number("1234 5678", 5), "***4 5678")

    def test_case_08(self):
        self.assertEqual(mask_card_number("9-9-9", 1), "*-*-9")

    def test_case_09(self):
        self.assertEqual(mask_card_number("5555 5555", 8), "5555 5555")

    def test_case_10(self):
        with self.assertRaises(ValueError):
            mask_card_number("1234a", 2)

    def test_case_11(self):
        with self.assertRaises(ValueError):
            mask_card_number("1234", -1)


if __name__ == '__main__':
    unittest.main()
