import unittest

from solution import split_csv_line


class SplitCsvLineTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(split_csv_line("a,b,c"), ["a", "b", "c"])

    def test_case_02(self):
        self.assertEqual(split_csv_line("\"x,y\",z"), ["x,y", "z"])

    def test_case_03(self):
        self.assertEqual(split_csv_line(""), [""])

    def test_case_04(self):
        self.assertEqual(split_csv_line(","), ["", ""])

    def test_case_05(self):
        self.assertEqual(split_csv_line("\"say \"\"hi\"\"\",2"), ["say \"hi\"", "2"])

    def test_case_06(self):
        self.assertEqual(split_csv_line(" a , b "), [" a ", " b "])

    def test_case_07(self):
        self.assertEqual(split_csv_line("\"\""), [""])

    def test_case_08(self):
        self.assertEqual(split_csv_line("a,\"\",b"), ["a", "", "b"])

    def test_case_09(self):
        self.assertEqual(split_csv_line("ab\"c,d"), ["ab\"c", "d"])

    def test_case_10(self):
        self.assertEqual(split_csv_line("\"\",,"), ["", "", ""])

    def test_case_11(self):
        self.assertEqual(split_csv_line("\"a\"\"\",b"), ["a\"", "b"])

    def test_case_12(self):
        self.assertEqual(split_csv_line("x,\"multi, comma, field\""), ["x", "multi, comma, field"])

    def test_case_13(self):
        self.assertEqual(split_csv_line(" \"a\""), [" \"a\""])

    def test_case_14(self):
        with self.assertRaises(ValueError):
            split_csv_line("\"abc")

    def test_case_15(self):
        with self.assertRaises(ValueError):
            split_csv_line("\"ab\"c,d")

    def test_case_16(self):
        with self.assertRaises(ValueError):
            split_csv_line("a,\"b")


if __name__ == '__main__':
    unittest.main()
