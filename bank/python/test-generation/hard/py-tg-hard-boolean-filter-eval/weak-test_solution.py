import unittest

from solution import evaluate_filter


class EvaluateFilterTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(evaluate_filter("a and not b", {"a": True, "b": False}), True)


if __name__ == '__main__':
    unittest.main()
