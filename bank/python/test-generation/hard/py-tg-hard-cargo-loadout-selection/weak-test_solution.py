import unittest

from solution import choose_cargo


class ChooseCargoTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(choose_cargo([3, 4, 5], [30, 50, 60], 8), [0, 2])


if __name__ == '__main__':
    unittest.main()
