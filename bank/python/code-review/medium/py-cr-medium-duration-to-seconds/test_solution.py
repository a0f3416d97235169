import unittest

from solution import duration_to_seconds


class DurationToSecondsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(duration_to_seconds("1h30m"), 5400)

    def test_case_02(self):
        self.assertEqual(duration_to_seconds("45s"), 45)

    def test_case_03(self):
        self.assertEqual(duration_to_seconds("2d"), 172800)

    def test_case_04(self):
        self.assertEqual(duration_to_seconds("1d2h3m4s"), 93784)

    def test_case_05(self):
        self.assertEqual(duration_to_seconds("90m"), 5400)

    def test_case_06(self):
        self.assertEqual(duration_to_seconds("0s"), 0)

    def test_case_07(self):
        self.assertEqual(duration_to_seconds("007m"), 420)

    def test_case_08(self):
        self.assertEqual(duration_to_seconds("1h1s"), 3601)

    def test_case_09(self):
        self.assertEqual(duration_to_seconds("10h0m"), 36000)

    def test_case_10(self):
        self.assertEqual(duration_to_seconds("100s"), 100)

    def test_case_11(self):
        self.assertEqual(duration_to_seconds("3d59s"), 259259)

    def test_case_12(self):
        with self.assertRaises(ValueError):
            duration_to_seconds("30m1h")

    def test_case_13(self):
        with self.assertRaises(ValueError):
            duration_to_seconds("1h30")

    def test_case_14(self):
        with self.assertRaises(ValueError):
            duration_to_seconds("1h 30m")


if __name__ == '__main__':
    unittest.main()
