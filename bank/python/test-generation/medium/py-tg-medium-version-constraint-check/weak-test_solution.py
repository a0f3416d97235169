import unittest

from solution import satisfies


class SatisfiesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(satisfies("1.4.2", ">=1.2.0 <2.0.0"), True)


if __name__ == '__main__':
    unittest.main()
