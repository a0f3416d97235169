import unittest

from solution import evaluate


class EvaluateTest(unittest.TestCase):
    def assertValue(self, expression: str, expected: float) -> None:
        result = evaluate(expression)
        self.assertIsInstance(result, float, expression)
        self.assertAlmostEqual(result, expected, places=9, msg=expression)

    def test_single_numbers(self) -> None:
        self.assertValue("42", 42.0)
        self.assertValue("0.25", 0.25)
        self.assertValue("  7\t", 7.0)

    def test_multiplication_binds_tighter_than_addition(self) -> None:
        self.assertValue("2 + 3 * 4", 14.0)
        self.assertValue("2 * 3 + 4", 10.0)

    def test_left_associative_subtraction_and_division(self) -> None:
        self.assertValue("8 - 3 - 2", 3.0)
        self.assertValue("8 / 4 / 2", 1.0)
        self.assertValue("7 / 2", 3.5)

    def test_parentheses_override_precedence(self) -> None:
        self.assertValue("(2 + 3) * 4", 20.0)
        self.assertValue("((1))", 1.0)
        self.assertValue("2 * (3 - (4 - 5))", 8.0)

    def test_unary_operators(self) -> None:
        self.assertValue("-3", -3.0)
        self.assertValue("--3", 3.0)
        self.assertValue("+-+3", -3.0)
        self.assertValue("2*-3", -6.0)
        self.assertValue("4 - -2", 6.0)
        self.assertValue("-(1 + 2)", -3.0)

    def test_power_is_right_associative(self) -> None:
        self.assertValue("2 ^ 3 ^ 2", 512.0)
        self.assertValue("2 ^ 10", 1024.0)

    def test_power_binds_tighter_than_unary_minus(self) -> None:
        self.assertValue("-2 ^ 2", -4.0)
        self.assertValue("(-2) ^ 2", 4.0)
        self.assertValue("3 * -2 ^ 2", -12.0)

    def test_signed_exponents(self) -> None:
        self.assertValue("2 ^ -1", 0.5)
        self.assertValue("2 ^ -1 ^ 2", 0.5)
        self.assertValue("4 ^ 0.5", 2.0)
        self.assertValue("(-8) ^ 3", -512.0)

    def test_combined_expression(self) -> None:
        self.assertValue("-(1.5 + 2.5) * 2 ^ 2", -16.0)
        self.assertValue("1 + 2 * 3 ^ 2 / 6 - 4", 0.0)

    def test_malformed_input_raises_value_error(self) -> None:
        malformed = [
            "", "   ", "1 +", "* 2", "1 2", "(1 + 2", "1 + 2)", "()", ".5", "5.",
            "1.2.3", "2 ** 3", "x + 1", "3 % 2", "1 + (2 *)", "4 ^", "(", ")",
        ]
        for expression in malformed:
            with self.assertRaises(ValueError, msg=expression):
                evaluate(expression)

    def test_division_by_zero(self) -> None:
        with self.assertRaises(ZeroDivisionError):
            evaluate("1 / (2 - 2)")
        with self.assertRaises(ZeroDivisionError):
            evaluate("0 / 0")

    def test_zero_to_negative_power(self) -> None:
        with self.assertRaises(ZeroDivisionError):
            evaluate("0 ^ -1")

    def test_power_without_real_result(self) -> None:
        with self.assertRaises(ValueError):
            evaluate("(-8) ^ 0.5")
