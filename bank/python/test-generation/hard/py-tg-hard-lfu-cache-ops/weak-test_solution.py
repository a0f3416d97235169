import unittest

from solution import lfu_simulate


class LfuSimulateTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(lfu_simulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]), [1, None, 1, 3])


if __name__ == '__main__':
    unittest.main()
