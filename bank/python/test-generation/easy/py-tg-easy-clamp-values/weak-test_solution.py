import unittest

from solution import clamp_values


class ClampValuesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(clamp_values([1, 5, 10], 3, 7), [3, 5, 7])


if __name__ == '__main__':
    unittest.main()
