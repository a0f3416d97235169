import unittest

from solution import caesar_shift


class CaesarShiftTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(caesar_shift("abc", 1), "bcd")


if __name__ == '__main__':
    unittest.main()
