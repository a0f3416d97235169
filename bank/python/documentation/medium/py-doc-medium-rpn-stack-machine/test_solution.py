import unittest

from solution import run_postfix


class RunPostfixTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(run_postfix(["3", "4", "+", "2", "*"]), 14)

    def test_case_02(self):
        self.assertEqual(run_postfix(["5", "dup", "*"]), 25)

    def test_case_03(self):
        self.assertEqual(run_postfix(["2", "10", "swap", "/"]), 5)

    def test_case_04(self):
        self.assertEqual(run_postfix(["-7", "2", "/"]), -3)

    def test_case_05(self):
        self.assertEqual(run_postfix(["7", "-2", "/"]), -3)

    def test_case_06(self):
        self.assertEqual(run_postfix(["42"]), 42)

    def test_case_07(self):
        self.assertEqual(run_postfix(["1", "2", "drop"]), 1)

    def test_case_08(self):
        self.assertEqual(run_postfix(["10", "3", "-", "dup", "dup", "*", "*"]), 343)

    def test_case_09(self):
        self.assertEqual(run_postfix(["-3", "-4", "*"]), 12)

    def test_case_10(self):
        self.assertEqual(run_postfix(["0", "5", "-"]), -5)

    def test_case_11(self):
        self.assertEqual(run_postfix(["1", "2", "3", "drop", "swap", "-"]), 1)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            run_postfix(["1", "+"])

    def test_case_13(self):
        with self.assertRaises(ValueError):
            run_postfix(["4", "0", "/"])

    def test_case_14(self):
        with self.assertRaises(ValueError):
            run_postfix(["1", "2"])


if __name__ == '__main__':
    unittest.main()
