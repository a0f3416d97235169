import unittest

from solution import lfu_simulate


class LfuSimulateTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(lfu_simulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]), [1, None, 1, 3])

    def test_case_02(self):
        self.assertEqual(lfu_simulate(2, ["put a 1", "put b 2", "put c 3", "get a", "get b", "get c"]), [None, 2, 3])

    def test_case_03(self):
        self.assertEqual(lfu_simulate(0, ["put a 1", "get a"]), [None])

    def test_case_04(self):
        self.assertEqual(lfu_simulate(2, ["put a 1", "put a 2", "put b 3", "put c 4", "get a", "get b", "get c"]), [2, None, 4])

    def test_case_05(self):
        self.assertEqual(lfu_simulate(2, ["put a 1", "get a", "get a", "put b 2", "put c 3", "get b", "get c", "get a"]), [1, 1, None, 3, 1])

    def test_case_06(self):
        self.assertEqual(lfu_simulate(3, ["put a 1", "put b 2", "put c 3", "get a", "get b", "get c", "get a", "get b", "put d 4", "get c", "get d"]), [1, 2, 3, 1, 2, None, 4])

    def test_case_07(self):
        self.assertEqual(lfu_simulate(2, ["put x 1", "put y 2", "get x", "get y", "put z 3", "get x", "get y", "get z"]), [1, 2, None, 2, 3])

    def test_case_08(self):
        self.assertEqual(lfu_simulate(1, ["put a 1", "get a", "put b 2", "get a", "get b"]), [1, None, 2])

    def test_case_09(self):
        self.assertEqual(lfu_simulate(2, ["put a 1", "get a", "get a", "put b 2", "put c 3", "put b 4", "get b", "get c", "get a"]), [1, 1, 4, None, 1])

    def test_case_10(self):
        self.assertEqual(lfu_simulate(3, []), [])

    def test_case_11(self):
        self.assertEqual(lfu_simulate(3, ["get b 27", "get c 7", "get c 28", "get b 34", "get c 14", "get b 35", "put c 18", "get d 40", "get d 1", "get c 43", "get c 6", "get d 43", "get e 33", "put d 22", "get c 3", "get b 0", "get e 44", "get b 21", "get e 26", "get d 21", "put a 48", "put a 42", "get c 1", "put d 32", "get e 40", "get a 35", "get b 34", "put a 9", "get b 29", "put e 43", "put c 5", "get d 45", "get e 35", "put a 1", "get d 2", "put e 46", "get b 30", "get c 21", "get c 38", "get c 31"]), [None, None, None, None, None, None, None, None, 18, 18, None, None, 18, None, None, None, None, 22, 18, None, 42, None, None, None, 43, None, None, 5, 5, 5])


if __name__ == '__main__':
    unittest.main()
