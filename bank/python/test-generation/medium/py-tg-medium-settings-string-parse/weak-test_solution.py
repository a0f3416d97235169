import unittest

from solution import parse_settings


class ParseSettingsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(parse_settings("a=1; b = two ;c="), {"a": "1", "b": "two", "c": ""})


if __name__ == '__main__':
    unittest.main()
