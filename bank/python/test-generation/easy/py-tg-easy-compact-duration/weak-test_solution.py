import unittest

from solution import compact_duration


class CompactDurationTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(compact_duration(3661), "1h 1m 1s")


if __name__ == '__main__':
    unittest.main()
