import unittest

from solution import truncate_text


class TruncateTextTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(truncate_text("Hello, world", 8), "Hello...")


if __name__ == '__main__':
    unittest.main()
