import unittest

from solution import expand_pattern


class ExpandPatternTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(expand_pattern("a*3b"), "aaab")


if __name__ == '__main__':
    unittest.main()
