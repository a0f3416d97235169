import unittest

from solution import merge_streams


class MergeStreamsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(merge_streams([["1 boot", "5 ready"], ["2 login", "5 logout"]]), ["0:boot", "1:login", "0:ready", "1:logout"])


if __name__ == '__main__':
    unittest.main()
