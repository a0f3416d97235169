import unittest

from solution import evaluate_filter


class EvaluateFilterTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(evaluate_filter("a and not b", {"a": True, "b": False}), True)

    def test_case_02(self):
        self.assertEqual(evaluate_filter("a or b and c", {"a": True, "b": False, "c": False}), True)

    def test_case_03(self):
        self.assertEqual(evaluate_filter("(a or b) and c", {"a": True, "b": False, "c": False}), False)

    def test_case_04(self):
        self.assertEqual(evaluate_filter("not not x", {"x": False}), False)

    def test_case_05(self):
        self.assertEqual(evaluate_filter("true and false or true", {}), True)

    def test_case_06(self):
        self.assertEqual(evaluate_filter("not (a and b) or c", {"a": True, "b": True, "c": False}), False)

    def test_case_07(self):
        self.assertEqual(evaluate_filter("TRUE", {"TRUE": False}), False)

    def test_case_08(self):
        self.assertEqual(evaluate_filter("x_1 and _y", {"_y": True, "x_1": True}), True)

    def test_case_09(self):
        self.assertEqual(evaluate_filter("not a and b", {"a": False, "b": False}), False)

    def test_case_10(self):
        self.assertEqual(evaluate_filter("((flag))", {"flag": True}), True)

    def test_case_11(self):
        self.assertEqual(evaluate_filter("a or b or c", {"a": False, "b": False, "c": False}), False)

    def test_case_12(self):
        self.assertEqual(evaluate_filter("false or not (p and (q or not r))", {"p": True, "q": False, "r": True, "unused": False}), True)

    def test_case_13(self):
        with self.assertRaises(ValueError):
            evaluate_filter("a or missing", {"a": True})

    def test_case_14(self):
        with self.assertRaises(ValueError):
            evaluate_filter("a and", {"a": True})

    def test_case_15(self):
        with self.assertRaises(ValueError):
            evaluate_filter("(a or b", {"a": True, "b": True})


if __name__ == '__main__':
    unittest.main()
