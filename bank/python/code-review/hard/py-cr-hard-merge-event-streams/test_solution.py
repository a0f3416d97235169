import unittest

from solution import merge_streams


class MergeStreamsTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(merge_streams([["1 boot", "5 ready"], ["2 login", "5 logout"]]), ["0:boot", "1:login", "0:ready", "1:logout"])

    def test_case_02(self):
        self.assertEqual(merge_streams([]), [])

    def test_case_03(self):
        self.assertEqual(merge_streams([[], []]), [])

    def test_case_04(self):
        self.assertEqual(merge_streams([["3 c"], [], ["1 a", "3 b"]]), ["2:a", "0:c", "2:b"])

    def test_case_05(self):
        self.assertEqual(merge_streams([["4 x", "4 y"], ["4 z"]]), ["0:x", "0:y", "1:z"])

    def test_case_06(self):
        self.assertEqual(merge_streams([["10 disk full warning"], ["9 fan speed up"]]), ["1:fan speed up", "0:disk full warning"])

    def test_case_07(self):
        self.assertEqual(merge_streams([["9 nine"], ["10 ten"]]), ["0:nine", "1:ten"])

    def test_case_08(self):
        self.assertEqual(merge_streams([["10 ten"], ["9 nine"]]), ["1:nine", "0:ten"])

    def test_case_09(self):
        self.assertEqual(merge_streams([["0 start"]]), ["0:start"])

    def test_case_10(self):
        self.assertEqual(merge_streams([["2 b", "2 c"], ["1 a", "2 d", "2 e"], ["2 f"]]), ["1:a", "0:b", "0:c", "1:d", "1:e", "2:f"])

    def test_case_11(self):
        self.assertEqual(merge_streams([["0 s0e0", "17 s0e17", "21 s0e21"], ["17 s1e17", "22 s1e22", "29 s1e29"], ["12 s2e12", "17 s2e17", "21 s2e21"], ["8 s3e8", "25 s3e25", "28 s3e28"], ["0 s4e0", "4 s4e4", "7 s4e7"], ["0 s5e0", "8 s5e8", "17 s5e17"], ["8 s6e8", "13 s6e13", "15 s6e15"], ["4 s7e4", "10 s7e10", "20 s7e20"], ["2 s8e2", "18 s8e18", "26 s8e26"], ["1 s9e1", "5 s9e5", "17 s9e17"], ["20 s10e20", "26 s10e26", "27 s10e27"], ["8 s11e8", "16 s11e16", "26 s11e26"]]), ["0:s0e0", "4:s4e0", "5:s5e0", "9:s9e1", "8:s8e2", "4:s4e4", "7:s7e4", "9:s9e5", "4:s4e7", "3:s3e8", "5:s5e8", "6:s6e8", "11:s11e8", "7:s7e10", "2:s2e12", "6:s6e13", "6:s6e15", "11:s11e16", "0:s0e17", "1:s1e17", "2:s2e17", "5:s5e17", "9:s9e17", "8:s8e18", "7:s7e20", "10:s10e20", "0:s0e21", "2:s2e21", "1:s1e22", "3:s3e25", "8:s8e26", "10:s10e26", "11:s11e26", "10:s10e27", "3:s3e28", "1:s1e29"])

    def test_case_12(self):
        self.assertEqual(merge_streams([["4 ev0", "5 ev1"], ["0 ev0", "5 ev1"], [], ["3 ev0"]]), ["1:ev0", "3:ev0", "0:ev0", "0:ev1", "1:ev1"])


if __name__ == '__main__':
    unittest.main()
