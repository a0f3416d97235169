import unittest

from solution import parse_key_values


class ParseKeyValuesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(parse_key_values("a=1;b=2"), {"a": 1, "b": 2})

    def test_case_02(self):
        self.assertEqual(parse_key_values(" width = 40 ; height=-3 "), {"height": -3, "width": 40})

    def test_case_03(self):
        self.assertEqual(parse_key_values(""), {})

    def test_case_04(self):
        self.assertEqual(parse_key_values("   "), {})

    def test_case_05(self):
        self.assertEqual(parse_key_values("x=1;x=2"), {"x": 2})

    def test_case_06(self):
        self.assertEqual(parse_key_values("n=0"), {"n": 0})

    def test_case_07(self):
        self.assertEqual(parse_key_values("big=9007199254740991"), {"big": 9007199254740991})

    def test_case_08(self):
        self.assertEqual(parse_key_values("a b=5"), {"a b": 5})

    def test_case_09(self):
        self.assertEqual(parse_key_values("k=007;m=-10"), {"k": 7, "m": -10})

    def test_case_10(self):
        with self.assertRaises(ValueError):
            parse_key_values("a=1;b")

    def test_case_11(self):
        with self.assertRaises(ValueError):
            parse_key_values("=5")

    def test_case_12(self):
        with self.assertRaises(ValueError):
            parse_key_values("a=12x")


if __name__ == '__main__':
    unittest.main()
