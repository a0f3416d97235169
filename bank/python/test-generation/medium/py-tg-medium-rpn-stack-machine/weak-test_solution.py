import unittest

from solution import run_postfix


class RunPostfixTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(run_postfix(["3", "4", "+", "2", "*"]), 14)


if __name__ == '__main__':
    unittest.main()
