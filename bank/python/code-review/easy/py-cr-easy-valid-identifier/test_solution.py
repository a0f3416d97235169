import unittest

from solution import is_valid_identifier


class IsValidIdentifierTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(is_valid_identifier("user_name"), True)

    def test_case_02(self):
        self.assertEqual(is_valid_identifier("2fast"), False)

    def test_case_03(self):
        self.assertEqual(is_valid_identifier(""), False)

    def test_case_04(self):
        self.assertEqual(is_valid_identifier("_"), True)

    def test_case_05(self):
        self.assertEqual(is_valid_identifier("a"), True)

    def test_case_06(self):
        self.assertEqual(is_valid_identifier("has space"), False)

    def test_case_07(self):
        self.assertEqual(is_valid_identifier("dash-ed"), False)

    def test_case_08(self):
        self.assertEqual(is_valid_identifier("CamelCase9"), True)

    def test_case_09(self):
        self.assertEqual(is_valid_identifier("abcdefghijabcdefghijabcdefghij"), True)

    def test_case_10(self):
        self.assertEqual(is_valid_identifier("abcdefghijabcdefghijabcdefghijk"), False)

    def test_case_11(self):
        self.assertEqual(is_valid_identifier("_9"), True)

    def test_case_12(self):
        self.assertEqual(is_valid_identifier("x.y"), False)

    def test_case_13(self):
        self.assertEqual(is_valid_identifier("9"), False)

    def test_case_14(self):
        self.assertEqual(is_valid_identifier("ok!"), False)


if __name__ == '__main__':
    unittest.main()
