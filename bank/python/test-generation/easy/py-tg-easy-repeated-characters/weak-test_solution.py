import unittest

from solution import repeated_characters


class RepeatedCharactersTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(repeated_characters("programming"), "rgm")


if __name__ == '__main__':
    unittest.main()
