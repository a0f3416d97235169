import unittest

from solution import count_with_bits


class CountWithBitsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_with_bits(0, 7, 1), 3)

    def test_case_02(self):
        self.assertEqual(count_with_bits(5, 10, 2), 4)

    def test_case_03(self):
        self.assertEqual(count_with_bits(0, 0, 0), 1)

    def test_case_04(self):
        self.assertEqual(count_with_bits(1, 1, 0), 0)

    def test_case_05(self):
        self.assertEqual(count_with_bits(0, 15, 4), 1)

    def test_case_06(self):
        self.assertEqual(count_with_bits(0, 1099511627775, 20), 137846528820)

    def test_case_07(self):
        self.assertEqual(count_with_bits(3, 3, 2), 1)

    def test_case_08(self):
        self.assertEqual(count_with_bits(8, 8, 1), 1)

    def test_case_09(self):
        self.assertEqual(count_with_bits(0, 100, 10), 0)

    def test_case_10(self):
        self.assertEqual(count_with_bits(123456789, 987654321, 15), 129589292)

    def test_case_11(self):
        self.assertEqual(count_with_bits(2251799813685248, 4503599627370495, 1), 1)

    def test_case_12(self):
        self.assertEqual(count_with_bits(1000, 5000, 6), 950)

    def test_case_13(self):
        self.assertEqual(count_with_bits(1073754169, 35184372087833, 30), 344867425583)


if __name__ == '__main__':
    unittest.main()
