import unittest

from solution import compact_duration


class CompactDurationTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(compact_duration(3661), "1h 1m 1s")

    def test_case_02(self):
        self.assertEqual(compact_duration(90061), "1d 1h 1m 1s")

    def test_case_03(self):
        self.assertEqual(compact_duration(0), "0s")

    def test_case_04(self):
        self.assertEqual(compact_duration(59), "59s")

    def test_case_05(self):
        self.assertEqual(compact_duration(60), "1m")

    def test_case_06(self):
        self.assertEqual(compact_duration(3600), "1h")

    def test_case_07(self):
        self.assertEqual(compact_duration(86400), "1d")

    def test_case_08(self):
        self.assertEqual(compact_duration(86401), "1d 1s")

    def test_case_09(self):
        self.assertEqual(compact_duration(7500), "2h 5m")

    def test_case_10(self):
        self.assertEqual(compact_duration(1000000), "11d 13h 46m 40s")

    def test_case_11(self):
        self.assertEqual(compact_duration(3599), "59m 59s")

    def test_case_12(self):
        self.assertEqual(compact_duration(172859), "2d 59s")

    def test_case_13(self):
        with self.assertRaises(ValueError):
            compact_duration(-1)

    def test_case_14(self):
        with self.assertRaises(ValueError):
            compact_duration(-3600)


if __name__ == '__main__':
    unittest.main()
