import unittest

from solution import satisfies


class SatisfiesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(satisfies("1.4.2", ">=1.2.0 <2.0.0"), True)

    def test_case_02(self):
        self.assertEqual(satisfies("2.0.0", ">=1.2.0 <2.0.0"), False)

    def test_case_03(self):
        self.assertEqual(satisfies("1.2.0", ">=1.2.0"), True)

    def test_case_04(self):
        self.assertEqual(satisfies("1.10.0", ">1.9.9"), True)

    def test_case_05(self):
        self.assertEqual(satisfies("1.10.0", "<1.9.0"), False)

    def test_case_06(self):
        self.assertEqual(satisfies("3.0.0", "=3.0.0"), True)

    def test_case_07(self):
        self.assertEqual(satisfies("3.0.1", "=3.0.0"), False)

    def test_case_08(self):
        self.assertEqual(satisfies("0.5.0", "<0.1.0 || >=0.5.0"), True)

    def test_case_09(self):
        self.assertEqual(satisfies("0.3.0", "<0.1.0 || >=0.5.0"), False)

    def test_case_10(self):
        self.assertEqual(satisfies("2.1.0", ">=1.0.0 <2.0.0||>=2.1.0 <=2.1.0"), True)

    def test_case_11(self):
        self.assertEqual(satisfies("1.0.0", ">1.0.0 <1.0.0"), False)

    def test_case_12(self):
        self.assertEqual(satisfies("10.0.0", "<=9.99.99"), False)

    def test_case_13(self):
        self.assertEqual(satisfies("0.0.0", "<=0.0.0 >=0.0.0"), True)

    def test_case_14(self):
        self.assertEqual(satisfies("1.2.3", "  >1.2.2   <1.2.4  "), True)

    def test_case_15(self):
        self.assertEqual(satisfies("1.2.3", "<1.2.3 || >1.2.3 || =1.2.4"), False)


if __name__ == '__main__':
    unittest.main()
