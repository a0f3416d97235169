import unittest

from solution import headline_case


class HeadlineCaseTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(headline_case("the lord of the rings"), "The Lord of the Rings")


if __name__ == '__main__':
    unittest.main()
