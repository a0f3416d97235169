import unittest

from solution import dispatch_jobs


class DispatchJobsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(dispatch_jobs([[0, 3, 1], [1, 2, 5], [2, 1, 9]]), [[0, 0, 3], [2, 3, 4], [1, 4, 6]])


if __name__ == '__main__':
    unittest.main()
