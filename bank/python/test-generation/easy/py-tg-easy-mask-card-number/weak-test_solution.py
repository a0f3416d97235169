import unittest

from solution import mask_card_number


class MaskCardNumberTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(mask_card_number("4111111111111111", 4), "************1111")


if __name__ == '__main__':
    unittest.main()
