import unittest

from solution import shared_busy_time


class SharedBusyTimeTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(shared_busy_time([[0, 10]], [[5, 15]]), 5)


if __name__ == '__main__':
    unittest.main()
