import unittest

from solution import assign_rooms


class AssignRoomsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(assign_rooms([[0, 30], [5, 10], [15, 20]]), [0, 1, 1])


if __name__ == '__main__':
    unittest.main()
