import unittest

from solution import interleave_strings


class InterleaveStringsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(interleave_strings("abc", "123"), "a1b2c3")


if __name__ == '__main__':
    unittest.main()
