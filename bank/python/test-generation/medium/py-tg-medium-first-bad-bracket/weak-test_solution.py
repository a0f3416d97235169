import unittest

from solution import first_bad_bracket


class FirstBadBracketTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(first_bad_bracket("a(b[c]d)e"), -1)


if __name__ == '__main__':
    unittest.main()
