import unittest

from solution import release_order


class ReleaseOrderTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(release_order({"build": 5, "deploy": 9, "lint": 4, "test": 3}, [["build", "test"], ["lint", "test"], ["test", "deploy"]]), ["build", "lint", "test", "deploy"])


if __name__ == '__main__':
    unittest.main()
