import unittest

from solution import prefix_tally


class PrefixTallyTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(prefix_tally(["add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog"]), [3, 2, 2, 0])

    def test_case_02(self):
        self.assertEqual(prefix_tally(["add a", "add a", "add ab", "count a", "distinct a", "del a", "count a", "distinct a", "del a", "distinct a", "count a"]), [3, 2, 2, 2, 1, 1])

    def test_case_03(self):
        self.assertEqual(prefix_tally(["del x", "add x", "del y", "count x"]), [1])

    def test_case_04(self):
        self.assertEqual(prefix_tally(["add go", "count gopher", "count g"]), [0, 1])

    def test_case_05(self):
        self.assertEqual(prefix_tally([]), [])

    def test_case_06(self):
        self.assertEqual(prefix_tally(["add apple", "del app", "count app", "distinct apple"]), [1, 1])

    def test_case_07(self):
        self.assertEqual(prefix_tally(["add tea", "del tea", "count t", "add tea", "add ten", "distinct te", "count tea"]), [0, 2, 1])

    def test_case_08(self):
        self.assertEqual(prefix_tally(["add in", "add inn", "add inner", "count in", "count inn", "count inne", "distinct inner"]), [3, 2, 1, 1])

    def test_case_09(self):
        self.assertEqual(prefix_tally(["add zz", "add zz", "add zz", "del zz", "distinct z", "count zz", "del zz", "del zz", "del zz", "count z", "distinct zz"]), [1, 2, 0, 0])

    def test_case_10(self):
        self.assertEqual(prefix_tally(["add baa", "add a", "count aba", "add aaa", "add bb", "distinct ab", "del b", "add bb", "count ba", "del bba", "distinct baa", "add a", "count bba", "add ab", "distinct aab", "distinct abb", "distinct a", "del b", "add a", "del aab", "del abb", "add ba", "add bb", "add a", "add b", "add b", "del ab", "del abb", "add bbb", "del ab", "add bb", "add bb", "distinct b", "add aaa", "distinct a", "add b", "distinct bab", "distinct b", "count ba", "count aaa"]), [0, 0, 1, 1, 0, 0, 0, 3, 5, 2, 0, 5, 2, 2])


if __name__ == '__main__':
    unittest.main()
