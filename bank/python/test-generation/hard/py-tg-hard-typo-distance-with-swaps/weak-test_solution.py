import unittest

from solution import typo_distance


class TypoDistanceTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(typo_distance("form", "from", {"delete": 1, "insert": 1, "replace": 1, "swap": 1}), 1)


if __name__ == '__main__':
    unittest.main()
