import unittest

from solution import chunk_list


class ChunkListTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(chunk_list([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]])


if __name__ == '__main__':
    unittest.main()
