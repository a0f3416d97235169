import unittest

from solution import release_order


class ReleaseOrderTest(unittest.TestCase):
    def test_case_01(self):
        self.assertEqual(release_order({"build": 5, "deploy": 9, "lint": 4, "test": 3}, [["build", "test"], ["lint", "test"], ["test", "deploy"]]), ["build", "lint", "test", "deploy"])

    def test_case_02(self):
        self.assertEqual(release_order({"a": 1, "b": 1, "c": 2}, []), ["c", "a", "b"])

    def test_case_03(self):
        self.assertEqual(release_order({}, []), [])

    def test_case_04(self):
        self.assertEqual(release_order({"x": 1, "y": 10}, [["x", "y"]]), ["x", "y"])

    def test_case_05(self):
        self.assertEqual(release_order({"a": 5, "b": 1, "c": 9, "d": 3}, [["a", "c"]]), ["a", "c", "d", "b"])

    def test_case_06(self):
        self.assertEqual(release_order({"p": 1, "q": 2}, [["p", "q"], ["p", "q"]]), ["p", "q"])

    def test_case_07(self):
        self.assertEqual(release_order({"m": -1, "n": -5, "o": 0}, []), ["o", "m", "n"])

    def test_case_08(self):
        self.assertEqual(release_order({"Alpha": 2, "alpha": 2, "beta": 2}, []), ["Alpha", "alpha", "beta"])

    def test_case_09(self):
        self.assertEqual(release_order({"join": 100, "left": 1, "right": 1, "root": 0}, [["root", "left"], ["root", "right"], ["left", "join"], ["right", "join"]]), ["root", "left", "right", "join"])

    def test_case_10(self):
        self.assertEqual(release_order({"t1": 3, "t2": 3, "t3": 7, "t4": 1, "t5": 7, "t6": 2, "t7": 9, "t8": 0}, [["t4", "t7"], ["t1", "t3"], ["t6", "t5"], ["t8", "t7"], ["t2", "t6"], ["t3", "t8"]]), ["t1", "t3", "t2", "t6", "t5", "t4", "t8", "t7"])

    def test_case_11(self):
        with self.assertRaises(ValueError):
            release_order({"a": 1, "b": 1}, [["a", "b"], ["b", "a"]])

    def test_case_12(self):
        with self.assertRaises(ValueError):
            release_order({"a": 1}, [["a", "a"]])

    def test_case_13(self):
        with self.assertRaises(ValueError):
            release_order({"a": 1}, [["a", "z"]])


if __name__ == '__main__':
    unittest.main()
