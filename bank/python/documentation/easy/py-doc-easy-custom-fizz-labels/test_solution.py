import unittest

from solution import custom_fizz_labels


class CustomFizzLabelsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(custom_fizz_labels(6, [2, 3], ["Foo", "Bar"]), ["1", "Foo", "Bar", "Foo", "5", "FooBar"])

    def test_case_02(self):
        self.assertEqual(custom_fizz_labels(5, [2], ["Even"]), ["1", "Even", "3", "Even", "5"])

    def test_case_03(self):
        self.assertEqual(custom_fizz_labels(0, [2], ["X"]), [])

    def test_case_04(self):
        self.assertEqual(custom_fizz_labels(3, [], []), ["1", "2", "3"])

    def test_case_05(self):
        self.assertEqual(custom_fizz_labels(4, [1], ["A"]), ["A", "A", "A", "A"])

    def test_case_06(self):
        self.assertEqual(custom_fizz_labels(6, [3, 2], ["Bar", "Foo"]), ["1", "Foo", "Bar", "Foo", "5", "BarFoo"])

    def test_case_07(self):
        self.assertEqual(custom_fizz_labels(4, [2, 2], ["x", "y"]), ["1", "xy", "3", "xy"])

    def test_case_08(self):
        self.assertEqual(custom_fizz_labels(1, [7], ["Z"]), ["1"])

    def test_case_09(self):
        self.assertEqual(custom_fizz_labels(7, [7], ["Z"]), ["1", "2", "3", "4", "5", "6", "Z"])

    def test_case_10(self):
        self.assertEqual(custom_fizz_labels(10, [4, 5], ["Q", "F"]), ["1", "2", "3", "Q", "F", "6", "7", "Q", "9", "F"])

    def test_case_11(self):
        with self.assertRaises(ValueError):
            custom_fizz_labels(3, [2], ["a", "b"])

    def test_case_12(self):
        with self.assertRaises(ValueError):
            custom_fizz_labels(3, [0], ["a"])

    def test_case_13(self):
        with self.assertRaises(ValueError):
            custom_fizz_labels(-1, [2], ["a"])


if __name__ == '__main__':
    unittest.main()
