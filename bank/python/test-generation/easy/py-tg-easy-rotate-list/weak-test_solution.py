import unittest

from solution import rotate_list


class RotateListTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(rotate_list([1, 2, 3, 4, 5], 2), [4, 5, 1, 2, 3])


if __name__ == '__main__':
    unittest.main()
