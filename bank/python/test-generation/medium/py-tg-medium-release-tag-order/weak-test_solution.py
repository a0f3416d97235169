import unittest

from solution import order_release_tags


class OrderReleaseTagsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(order_release_tags(["v1.10.0", "v1.2.0", "v1.9.3"]), ["v1.2.0", "v1.9.3", "v1.10.0"])


if __name__ == '__main__':
    unittest.main()
