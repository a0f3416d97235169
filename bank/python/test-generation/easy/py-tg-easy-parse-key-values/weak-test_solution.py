import unittest

from solution import parse_key_values


class ParseKeyValuesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(parse_key_values("a=1;b=2"), {"a": 1, "b": 2})


if __name__ == '__main__':
    unittest.main()
