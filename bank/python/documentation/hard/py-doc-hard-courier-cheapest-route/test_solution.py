import unittest

from solution import cheapest_route


class CheapestRouteTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(cheapest_route(5, [[0, 1, 2], [1, 4, 5], [0, 2, 4], [2, 4, 2], [0, 3, 1], [3, 4, 7]], 0, 4), [0, 2, 4])

    def test_case_02(self):
        self.assertEqual(cheapest_route(4, [[0, 2, 1], [2, 3, 1], [0, 1, 1], [1, 3, 1]], 0, 3), [0, 1, 3])

    def test_case_03(self):
        self.assertEqual(cheapest_route(3, [[0, 1, 1], [2, 1, 1]], 0, 2), [])

    def test_case_04(self):
        self.assertEqual(cheapest_route(3, [[0, 1, 1]], 1, 1), [1])

    def test_case_05(self):
        self.assertEqual(cheapest_route(2, [[1, 0, 3]], 0, 1), [])

    def test_case_06(self):
        self.assertEqual(cheapest_route(2, [[0, 1, 9], [0, 1, 4], [0, 1, 6]], 0, 1), [0, 1])

    def test_case_07(self):
        self.assertEqual(cheapest_route(5, [[0, 4, 6], [0, 1, 2], [1, 2, 2], [2, 4, 2], [0, 3, 5], [3, 4, 1]], 0, 4), [0, 1, 2, 4])

    def test_case_08(self):
        self.assertEqual(cheapest_route(6, [[0, 1, 1], [0, 2, 1], [1, 5, 3], [1, 3, 1], [3, 5, 2], [2, 4, 1], [4, 5, 2]], 0, 5), [0, 1, 3, 5])

    def test_case_09(self):
        self.assertEqual(cheapest_route(4, [[0, 1, 5], [1, 3, 5], [0, 2, 1], [2, 3, 1]], 0, 3), [0, 2, 3])

    def test_case_10(self):
        self.assertEqual(cheapest_route(4, [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 2, 2], [2, 1, 1], [2, 3, 1]], 0, 3), [0, 1, 2, 3])

    def test_case_11(self):
        self.assertEqual(cheapest_route(1, [], 0, 0), [0])

    def test_case_12(self):
        self.assertEqual(cheapest_route(7, [[0, 1, 2], [0, 2, 1], [1, 3, 1], [2, 3, 2], [3, 6, 4], [1, 4, 3], [4, 6, 2], [2, 5, 3], [5, 6, 3], [0, 6, 9]], 0, 6), [0, 1, 3, 6])

    def test_case_13(self):
        self.assertEqual(cheapest_route(8, [[1, 5, 3], [1, 3, 3], [6, 7, 3], [7, 3, 1], [1, 1, 2], [1, 7, 1], [7, 5, 1], [6, 4, 2], [5, 6, 3], [1, 5, 1], [4, 4, 2], [2, 4, 1], [5, 5, 2], [6, 1, 2], [7, 1, 2], [7, 6, 3], [4, 6, 3], [7, 0, 3], [3, 2, 1], [1, 6, 2], [2, 7, 1], [1, 7, 3], [7, 4, 3], [6, 4, 3]], 0, 6), [])

    def test_case_14(self):
        with self.assertRaises(ValueError):
            cheapest_route(2, [[0, 1, 0]], 0, 1)

    def test_case_15(self):
        with self.assertRaises(ValueError):
            cheapest_route(2, [[0, 2, 1]], 0, 1)

    def test_case_16(self):
        with self.assertRaises(ValueError):
            cheapest_route(2, [], 0, 5)


if __name__ == '__main__':
    unittest.main()
