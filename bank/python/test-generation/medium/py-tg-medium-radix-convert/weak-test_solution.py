import unittest

from solution import convert_base


class ConvertBaseTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(convert_base("255", 10, 16), "ff")


if __name__ == '__main__':
    unittest.main()
