import unittest

from solution import password_rule_failures


class PasswordRuleFailuresTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(password_rule_failures("Secret123"), [])


if __name__ == '__main__':
    unittest.main()
