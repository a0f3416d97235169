import unittest

from solution import is_valid_identifier


class IsValidIdentifierTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(is_valid_identifier("user_name"), True)


if __name__ == '__main__':
    unittest.main()
