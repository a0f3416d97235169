import unittest

from solution import break_cost


class BreakCostTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(break_cost(["aaa", "bb", "cc", "ddddd"], 6), 10)

    def test_case_02(self):
        self.assertEqual(break_cost([], 5), 0)

    def test_case_03(self):
        self.assertEqual(break_cost(["hello"], 5), 0)

    def test_case_04(self):
        self.assertEqual(break_cost(["a", "b", "c"], 1), 0)

    def test_case_05(self):
        self.assertEqual(break_cost(["ab", "cd"], 4), 4)

    def test_case_06(self):
        self.assertEqual(break_cost(["one", "two"], 20), 0)

    def test_case_07(self):
        self.assertEqual(break_cost(["xx", "xxxxx", "xx", "xxxxxx"], 10), 4)

    def test_case_08(self):
        self.assertEqual(break_cost(["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"], 12), 22)

    def test_case_09(self):
        self.assertEqual(break_cost(["a", "bb", "ccc", "dddd", "eeeee", "f"], 7), 34)

    def test_case_10(self):
        self.assertEqual(break_cost(["aaaa", "b", "b", "aaaa"], 7), 1)

    def test_case_11(self):
        with self.assertRaises(ValueError):
            break_cost(["toolongword"], 5)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            break_cost(["ok", "fine", "x"], 0)


if __name__ == '__main__':
    unittest.main()
