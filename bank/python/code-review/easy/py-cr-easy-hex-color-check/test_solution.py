import unittest

from solution import is_hex_color


class IsHexColorTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(is_hex_color("#fff"), True)

    def test_case_02(self):
        self.assertEqual(is_hex_color("#12345g"), False)

    def test_case_03(self):
        self.assertEqual(is_hex_color(""), False)

    def test_case_04(self):
        self.assertEqual(is_hex_color("#"), False)

    def test_case_05(self):
        self.assertEqual(is_hex_color("#1A2b3C"), True)

    def test_case_06(self):
        self.assertEqual(is_hex_color("fff"), False)

    def test_case_07(self):
        self.assertEqual(is_hex_color("#ffff"), False)

    def test_case_08(self):
        self.assertEqual(is_hex_color("#000000"), True)

    def test_case_09(self):
        self.assertEqual(is_hex_color("##fff"), False)

    def test_case_10(self):
        self.assertEqual(is_hex_color("#abcdefa"), False)

    def test_case_11(self):
        self.assertEqual(is_hex_color("#ABC"), True)

    def test_case_12(self):
        self.assertEqual(is_hex_color("# fff"), False)

    def test_case_13(self):
        self.assertEqual(is_hex_color("#12"), False)

    def test_case_14(self):
        self.assertEqual(is_hex_color("123456"), False)


if __name__ == '__main__':
    unittest.main()
