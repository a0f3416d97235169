import unittest

from solution import duration_to_seconds


class DurationToSecondsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(duration_to_seconds("1h30m"), 5400)


if __name__ == '__main__':
    unittest.main()
