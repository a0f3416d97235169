import unittest

from solution import parse_settings


class ParseSettingsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(parse_settings("a=1; b = two ;c="), {"a": "1", "b": "two", "c": ""})

    def test_case_02(self):
        self.assertEqual(parse_settings("x=1;x=2"), {"x": "2"})

    def test_case_03(self):
        self.assertEqual(parse_settings(""), {})

    def test_case_04(self):
        self.assertEqual(parse_settings(" ; ;"), {})

    def test_case_05(self):
        self.assertEqual(parse_settings("url=http://h/?q=1"), {"url": "http://h/?q=1"})

    def test_case_06(self):
        self.assertEqual(parse_settings("Name=A;name=B"), {"Name": "A", "name": "B"})

    def test_case_07(self):
        self.assertEqual(parse_settings("k = spaced value "), {"k": "spaced value"})

    def test_case_08(self):
        self.assertEqual(parse_settings("a=1;;b=2;"), {"a": "1", "b": "2"})

    def test_case_09(self):
        self.assertEqual(parse_settings("  key  =  =  "), {"key": "="})

    def test_case_10(self):
        self.assertEqual(parse_settings("empty="), {"empty": ""})

    def test_case_11(self):
        self.assertEqual(parse_settings("mode=fast;level=3;mode=safe"), {"level": "3", "mode": "safe"})

    def test_case_12(self):
        with self.assertRaises(ValueError):
            parse_settings("a=1;b")

    def test_case_13(self):
        with self.assertRaises(ValueError):
            parse_settings("=5")

    def test_case_14(self):
        with self.assertRaises(ValueError):
            parse_settings("a=1; =2")


if __name__ == '__main__':
    unittest.main()
