import unittest

from solution import alternating_caps


class AlternatingCapsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(alternating_caps("hello"), "HeLlO")

    def test_case_02(self):
        self.assertEqual(alternating_caps("HELLO WORLD"), "HeLlO wOrLd")

    def test_case_03(self):
        self.assertEqual(alternating_caps(""), "")

    def test_case_04(self):
        self.assertEqual(alternating_caps("123"), "123")

    def test_case_05(self):
        self.assertEqual(alternating_caps("a"), "A")

    def test_case_06(self):
        self.assertEqual(alternating_caps("ab cd"), "Ab Cd")

    def test_case_07(self):
        self.assertEqual(alternating_caps("x-y-z"), "X-y-Z")

    def test_case_08(self):
        self.assertEqual(alternating_caps("a1b2c3"), "A1b2C3")

    def test_case_09(self):
        self.assertEqual(alternating_caps("   "), "   ")

    def test_case_10(self):
        self.assertEqual(alternating_caps("zZ"), "Zz")

    def test_case_11(self):
        self.assertEqual(alternating_caps("it's ok"), "It'S oK")


if __name__ == '__main__':
    unittest.main()
