import unittest

from solution import fragile_links


class FragileLinksTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(fragile_links(4, [[0, 1], [1, 2], [2, 0], [1, 3]]), [[1, 3]])


if __name__ == '__main__':
    unittest.main()
