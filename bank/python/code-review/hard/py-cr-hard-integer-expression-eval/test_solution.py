import unittest

from solution import evaluate_expression


class EvaluateExpressionTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(evaluate_expression("1 + 2 * 3"), 7)

    def test_case_02(self):
        self.assertEqual(evaluate_expression("(1 + 2) * 3"), 9)

    def test_case_03(self):
        self.assertEqual(evaluate_expression("2 ^ 3 ^ 2"), 512)

    def test_case_04(self):
        self.assertEqual(evaluate_expression("-2^2"), -4)

    def test_case_05(self):
        self.assertEqual(evaluate_expression("(-2)^2"), 4)

    def test_case_06(self):
        self.assertEqual(evaluate_expression("-7 / 2"), -3)

    def test_case_07(self):
        self.assertEqual(evaluate_expression("-7 % 2"), -1)

    def test_case_08(self):
        self.assertEqual(evaluate_expression("7%-2"), 1)

    def test_case_09(self):
        self.assertEqual(evaluate_expression("10 - 4 - 3"), 3)

    def test_case_10(self):
        self.assertEqual(evaluate_expression("--3"), 3)

    def test_case_11(self):
        self.assertEqual(evaluate_expression("100 / 7 * 7 + 100 % 7"), 100)

    def test_case_12(self):
        self.assertEqual(evaluate_expression("2*-3"), -6)

    def test_case_13(self):
        self.assertEqual(evaluate_expression("  42  "), 42)

    def test_case_14(self):
        with self.assertRaises(ValueError):
            evaluate_expression("1 / (3 - 3)")

    def test_case_15(self):
        with self.assertRaises(ValueError):
            evaluate_expression("2 * (3 + 4")

    def test_case_16(self):
        with self.assertRaises(ValueError):
            evaluate_expression("2 ^ -1")


if __name__ == '__main__':
    unittest.main()
