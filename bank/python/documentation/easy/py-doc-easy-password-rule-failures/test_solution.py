import unittest

from solution import password_rule_failures


class PasswordRuleFailuresTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(password_rule_failures("Secret123"), [])

    def test_case_02(self):
        self.assertEqual(password_rule_failures("secret"), ["length", "upper", "digit"])

    def test_case_03(self):
        self.assertEqual(password_rule_failures(""), ["length", "upper", "lower", "digit"])

    def test_case_04(self):
        self.assertEqual(password_rule_failures("ABCDEFGH"), ["lower", "digit"])

    def test_case_05(self):
        self.assertEqual(password_rule_failures("Abcdefg1"), [])

    def test_case_06(self):
        self.assertEqual(password_rule_failures("Abcdef1"), ["length"])

    def test_case_07(self):
        self.assertEqual(password_rule_failures("Pass word 99"), ["space"])

    def test_case_08(self):
        self.assertEqual(password_rule_failures("12345678"), ["upper", "lower"])

    def test_case_09(self):
        self.assertEqual(password_rule_failures(" "), ["length", "upper", "lower", "digit", "space"])

    def test_case_10(self):
        self.assertEqual(password_rule_failures("aB3"), ["length"])

    def test_case_11(self):
        self.assertEqual(password_rule_failures("lowercase only"), ["upper", "digit", "space"])

    def test_case_12(self):
        self.assertEqual(password_rule_failures("!!!!!!!!"), ["upper", "lower", "digit"])


if __name__ == '__main__':
    unittest.main()
