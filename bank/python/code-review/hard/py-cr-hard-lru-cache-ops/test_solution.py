import unittest

from solution import lru_simulate


class LruSimulateTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(lru_simulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]), [1, None, 1, 3])

    def test_case_02(self):
        self.assertEqual(lru_simulate(0, ["put a 1", "get a"]), [None])

    def test_case_03(self):
        self.assertEqual(lru_simulate(1, ["put a 1", "put a 5", "get a", "put b 2", "get a", "get b"]), [5, None, 2])

    def test_case_04(self):
        self.assertEqual(lru_simulate(2, ["put a 1", "put b 2", "put a 3", "put c 4", "get a", "get b", "get c"]), [3, None, 4])

    def test_case_05(self):
        self.assertEqual(lru_simulate(2, ["get x", "put x -7", "get x"]), [None, -7])

    def test_case_06(self):
        self.assertEqual(lru_simulate(3, []), [])

    def test_case_07(self):
        self.assertEqual(lru_simulate(2, ["put a 1", "put b 2", "put c 3", "get a", "put a 9", "get b", "get a", "get c"]), [None, None, 9, 3])

    def test_case_08(self):
        self.assertEqual(lru_simulate(2, ["put a 1", "put b 2", "get zz", "put c 3", "get a", "get b"]), [None, None, 2])

    def test_case_09(self):
        self.assertEqual(lru_simulate(3, ["put k1 10", "put k2 20", "put k3 30", "get k1", "put k4 40", "get k2", "get k3", "put k5 50", "get k1", "get k4", "get k5"]), [10, None, 30, None, 40, 50])

    def test_case_10(self):
        self.assertEqual(lru_simulate(3, ["get e 13", "get b 19", "put a 49", "get d 17", "put e -4", "put c 29", "put b -4", "put e 37", "put c -1", "get c 8", "put e 34", "put b 1", "get d 1", "put d 11", "get a 17", "get d 2", "put c 38", "get e 17", "put a 44", "put d 44", "get c 43", "put b 15", "get e 30", "get c 41", "get d 15", "put b 46", "get b 50", "get c 21", "get b 4", "get e 37"]), [None, None, None, -1, None, None, 11, None, 38, None, 38, 44, 46, 38, 46, None])


if __name__ == '__main__':
    unittest.main()
