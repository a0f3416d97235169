import unittest

from solution import headline_case


class HeadlineCaseTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(headline_case("the lord of the rings"), "The Lord of the Rings")

    def test_case_02(self):
        self.assertEqual(headline_case("A TALE OF TWO CITIES"), "A Tale of Two Cities")

    def test_case_03(self):
        self.assertEqual(headline_case(""), "")

    def test_case_04(self):
        self.assertEqual(headline_case("of"), "Of")

    def test_case_05(self):
        self.assertEqual(headline_case("war and peace"), "War and Peace")

    def test_case_06(self):
        self.assertEqual(headline_case("what it is made of"), "What It Is Made Of")

    def test_case_07(self):
        self.assertEqual(headline_case("gone with the wind"), "Gone With the Wind")

    def test_case_08(self):
        self.assertEqual(headline_case("an apple a day"), "An Apple a Day")

    def test_case_09(self):
        self.assertEqual(headline_case("3rd rock from the sun"), "3rd Rock From the Sun")

    def test_case_10(self):
        self.assertEqual(headline_case("to be or not to be"), "To Be or Not to Be")

    def test_case_11(self):
        self.assertEqual(headline_case("x"), "X")

    def test_case_12(self):
        self.assertEqual(headline_case("iN tHe eNd"), "In the End")


if __name__ == '__main__':
    unittest.main()
