import unittest

from solution import custom_fizz_labels


class CustomFizzLabelsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(custom_fizz_labels(6, [2, 3], ["Foo", "Bar"]), ["1", "Foo", "Bar", "Foo", "5", "FooBar"])


if __name__ == '__main__':
    unittest.main()
