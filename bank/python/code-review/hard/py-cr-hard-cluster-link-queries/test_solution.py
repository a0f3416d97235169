import unittest

from solution import cluster_queries


class ClusterQueriesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(cluster_queries(5, ["link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count"]), [1, 0, 3, 3])

    def test_case_02(self):
        self.assertEqual(cluster_queries(3, ["count"]), [3])

    def test_case_03(self):
        self.assertEqual(cluster_queries(1, ["same 0 0", "size 0", "count"]), [1, 1, 1])

    def test_case_04(self):
        self.assertEqual(cluster_queries(4, ["link 0 1", "link 1 0", "link 0 1", "count", "size 1"]), [3, 2])

    def test_case_05(self):
        self.assertEqual(cluster_queries(2, ["link 1 1", "count", "size 1"]), [2, 1])

    def test_case_06(self):
        self.assertEqual(cluster_queries(6, ["link 0 1", "link 2 3", "link 4 5", "same 0 3", "link 1 2", "same 0 3", "size 3", "count", "link 3 5", "size 0", "count"]), [0, 1, 4, 2, 6, 1])

    def test_case_07(self):
        self.assertEqual(cluster_queries(4, []), [])

    def test_case_08(self):
        self.assertEqual(cluster_queries(3, ["link 0 1"]), [])

    def test_case_09(self):
        self.assertEqual(cluster_queries(12, ["link 10 11", "same 11 10", "size 10", "count"]), [1, 2, 11])

    def test_case_10(self):
        self.assertEqual(cluster_queries(10, ["link 9 8", "link 7 6", "link 8 6", "size 7", "same 9 7", "link 0 5", "link 5 9", "size 0", "count", "same 1 2", "link 2 1", "link 3 4", "link 4 2", "size 3", "link 1 0", "count", "size 6"]), [4, 1, 6, 5, 0, 4, 1, 10])

    def test_case_11(self):
        self.assertEqual(cluster_queries(8, ["link 0 1", "link 2 3", "link 4 5", "link 6 7", "count", "link 1 2", "link 5 6", "count", "size 4", "link 3 4", "same 0 7", "size 0"]), [4, 2, 4, 1, 8])


if __name__ == '__main__':
    unittest.main()
