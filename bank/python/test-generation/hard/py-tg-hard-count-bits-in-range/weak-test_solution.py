import unittest

from solution import count_with_bits


class CountWithBitsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(count_with_bits(0, 7, 1), 3)


if __name__ == '__main__':
    unittest.main()
