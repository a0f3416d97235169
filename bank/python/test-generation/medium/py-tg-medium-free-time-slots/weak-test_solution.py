import unittest

from solution import free_slots


class FreeSlotsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(free_slots([[9, 10], [12, 13]], 8, 17, 1), [[8, 9], [10, 12], [13, 17]])


if __name__ == '__main__':
    unittest.main()
