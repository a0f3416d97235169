import unittest

from solution import order_release_tags


class OrderReleaseTagsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(order_release_tags(["v1.10.0", "v1.2.0", "v1.9.3"]), ["v1.2.0", "v1.9.3", "v1.10.0"])

    def test_case_02(self):
        self.assertEqual(order_release_tags(["2.0.0", "2.0.0-rc2", "2.0.0-rc10", "1.9.9"]), ["1.9.9", "2.0.0-rc2", "2.0.0-rc10", "2.0.0"])

    def test_case_03(self):
        self.assertEqual(order_release_tags([]), [])

    def test_case_04(self):
        self.assertEqual(order_release_tags(["v1.0.0", "1.0.0"]), ["v1.0.0", "1.0.0"])

    def test_case_05(self):
        self.assertEqual(order_release_tags(["1.0.0", "v1.0.0"]), ["1.0.0", "v1.0.0"])

    def test_case_06(self):
        self.assertEqual(order_release_tags(["0.0.1", "0.1.0", "1.0.0", "0.0.0"]), ["0.0.0", "0.0.1", "0.1.0", "1.0.0"])

    def test_case_07(self):
        self.assertEqual(order_release_tags(["3.0.0-rc1"]), ["3.0.0-rc1"])

    def test_case_08(self):
        self.assertEqual(order_release_tags(["1.2.3-rc1", "1.2.2", "1.2.3-rc1"]), ["1.2.2", "1.2.3-rc1", "1.2.3-rc1"])

    def test_case_09(self):
        self.assertEqual(order_release_tags(["1.01.0", "1.1.0-rc5", "1.0.10"]), ["1.0.10", "1.1.0-rc5", "1.01.0"])

    def test_case_10(self):
        self.assertEqual(order_release_tags(["10.0.0", "9.99.99", "v10.0.0-rc1"]), ["9.99.99", "v10.0.0-rc1", "10.0.0"])

    def test_case_11(self):
        self.assertEqual(order_release_tags(["v2.0.0-rc3", "v2.0.0-rc03", "v2.0.0-rc1"]), ["v2.0.0-rc1", "v2.0.0-rc3", "v2.0.0-rc03"])

    def test_case_12(self):
        with self.assertRaises(ValueError):
            order_release_tags(["1.2"])

    def test_case_13(self):
        with self.assertRaises(ValueError):
            order_release_tags(["1.2.3-beta1"])

    def test_case_14(self):
        with self.assertRaises(ValueError):
            order_release_tags(["1.2.3", "V1.2.3"])


if __name__ == '__main__':
    unittest.main()
