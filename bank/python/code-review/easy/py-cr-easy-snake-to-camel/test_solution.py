import unittest

from solution import snake_to_camel


class SnakeToCamelTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(snake_to_camel("user_id"), "userId")

    def test_case_02(self):
        self.assertEqual(snake_to_camel("get_http_response"), "getHttpResponse")

    def test_case_03(self):
        self.assertEqual(snake_to_camel(""), "")

    def test_case_04(self):
        self.assertEqual(snake_to_camel("___"), "")

    def test_case_05(self):
        self.assertEqual(snake_to_camel("name"), "name")

    def test_case_06(self):
        self.assertEqual(snake_to_camel("_private_value"), "privateValue")

    def test_case_07(self):
        self.assertEqual(snake_to_camel("double__under"), "doubleUnder")

    def test_case_08(self):
        self.assertEqual(snake_to_camel("trailing_"), "trailing")

    def test_case_09(self):
        self.assertEqual(snake_to_camel("SHOUT_CASE"), "shoutCase")

    def test_case_10(self):
        self.assertEqual(snake_to_camel("a_b_c"), "aBC")

    def test_case_11(self):
        self.assertEqual(snake_to_camel("version_2_beta"), "version2Beta")

    def test_case_12(self):
        self.assertEqual(snake_to_camel("Mixed_CASE_words"), "mixedCaseWords")


if __name__ == '__main__':
    unittest.main()
