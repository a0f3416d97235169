import unittest

from solution import snake_to_camel


class SnakeToCamelTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(snake_to_camel("user_id"), "userId")


if __name__ == '__main__':
    unittest.main()
