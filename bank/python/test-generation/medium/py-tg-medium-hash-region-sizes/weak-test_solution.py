import unittest

from solution import region_sizes


class RegionSizesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(region_sizes(["##.", "#..", "..#"]), [3, 1])


if __name__ == '__main__':
    unittest.main()
