import unittest

from solution import ring_sums


class RingSumsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(ring_sums([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), [40, 5])


if __name__ == '__main__':
    unittest.main()
