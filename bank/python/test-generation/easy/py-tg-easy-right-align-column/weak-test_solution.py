import unittest

from solution import right_align


class RightAlignTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(right_align(["1", "22", "333"]), ["  1", " 22", "333"])


if __name__ == '__main__':
    unittest.main()
