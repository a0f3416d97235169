import unittest

from solution import first_bad_bracket


class FirstBadBracketTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(first_bad_bracket("a(b[c]d)e"), -1)

    def test_case_02(self):
        self.assertEqual(first_bad_bracket("(]"), 1)

    def test_case_03(self):
        self.assertEqual(first_bad_bracket(""), -1)

    def test_case_04(self):
        self.assertEqual(first_bad_bracket("no brackets"), -1)

    def test_case_05(self):
        self.assertEqual(first_bad_bracket(")"), 0)

    def test_case_06(self):
        self.assertEqual(first_bad_bracket("(("), 0)

    def test_case_07(self):
        self.assertEqual(first_bad_bracket("(()"), 0)

    def test_case_08(self):
        self.assertEqual(first_bad_bracket("()("), 2)

    def test_case_09(self):
        self.assertEqual(first_bad_bracket("{[()]}}"), 6)

    def test_case_10(self):
        self.assertEqual(first_bad_bracket("([)]"), 2)

    def test_case_11(self):
        self.assertEqual(first_bad_bracket("x{y[z]"), 1)

    def test_case_12(self):
        self.assertEqual(first_bad_bracket("[]{}()"), -1)

    def test_case_13(self):
        self.assertEqual(first_bad_bracket("(a{b)c}"), 4)

    def test_case_14(self):
        self.assertEqual(first_bad_bracket("{}[("), 2)

    def test_case_15(self):
        self.assertEqual(first_bad_bracket("((]"), 2)


if __name__ == '__main__':
    unittest.main()
