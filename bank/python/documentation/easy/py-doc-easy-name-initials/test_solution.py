import unittest

from solution import name_initials


class NameInitialsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(name_initials("ada lovelace"), "A.L.")

    def test_case_02(self):
        self.assertEqual(name_initials("Jean-Paul Sartre"), "J.P.S.")

    def test_case_03(self):
        self.assertEqual(name_initials(""), "")

    def test_case_04(self):
        self.assertEqual(name_initials("   "), "")

    def test_case_05(self):
        self.assertEqual(name_initials("  grace   brewster  hopper "), "G.B.H.")

    def test_case_06(self):
        self.assertEqual(name_initials("x"), "X.")

    def test_case_07(self):
        self.assertEqual(name_initials("mary-jane-watson"), "M.J.W.")

    def test_case_08(self):
        self.assertEqual(name_initials("-"), "")

    def test_case_09(self):
        self.assertEqual(name_initials("anne- marie"), "A.M.")

    def test_case_10(self):
        self.assertEqual(name_initials("o'brien"), "O.")

    def test_case_11(self):
        self.assertEqual(name_initials("e e cummings"), "E.E.C.")

    def test_case_12(self):
        self.assertEqual(name_initials("ALAN TURING"), "A.T.")

    def test_case_13(self):
        self.assertEqual(name_initials("van--dyke"), "V.D.")


if __name__ == '__main__':
    unittest.main()
