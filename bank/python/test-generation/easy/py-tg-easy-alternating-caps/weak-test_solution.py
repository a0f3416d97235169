import unittest

from solution import alternating_caps


class AlternatingCapsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(alternating_caps("hello"), "HeLlO")


if __name__ == '__main__':
    unittest.main()
