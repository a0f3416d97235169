import unittest

from solution import cluster_queries


class ClusterQueriesTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(cluster_queries(5, ["link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count"]), [1, 0, 3, 3])


if __name__ == '__main__':
    unittest.main()
