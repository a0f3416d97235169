import unittest

from solution import evaluate_expression


class EvaluateExpressionTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(evaluate_expression("1 + 2 * 3"), 7)


if __name__ == '__main__':
    unittest.main()
