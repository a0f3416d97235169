import unittest

from solution import is_hex_color


class IsHexColorTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(is_hex_color("#fff"), True)


if __name__ == '__main__':
    unittest.main()
