import unittest

from solution import break_cost


class BreakCostTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(break_cost(["aaa", "bb", "cc", "ddddd"], 6), 10)


if __name__ == '__main__':
    unittest.main()
