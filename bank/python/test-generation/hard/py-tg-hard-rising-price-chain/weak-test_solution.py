import unittest

from solution import rising_chain


class RisingChainTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(rising_chain([5, 1, 6, 2, 7, 3, 8]), [1, 2, 3, 8])


if __name__ == '__main__':
    unittest.main()
