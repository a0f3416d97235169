import unittest

from solution import cheapest_route


class CheapestRouteTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(cheapest_route(5, [[0, 1, 2], [1, 4, 5], [0, 2, 4], [2, 4, 2], [0, 3, 1], [3, 4, 7]], 0, 4), [0, 2, 4])


if __name__ == '__main__':
    unittest.main()
