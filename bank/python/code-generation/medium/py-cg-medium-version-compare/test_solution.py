import unittest

from solution import compare_versions, sort_versions


class CompareVersionsTest(unittest.TestCase):
    def test_equal_versions(self) -> None:
        self.assertEqual(compare_versions("1.2.3", "1.2.3"), 0)

    def test_core_parts_compare_numerically(self) -> None:
        self.assertEqual(compare_versions("1.10.0", "1.9.0"), 1)
        self.assertEqual(compare_versions("2.0.0", "10.0.0"), -1)
        self.assertEqual(compare_versions("1.2.10", "1.2.9"), 1)

    def test_release_is_greater_than_prerelease(self) -> None:
        self.assertEqual(compare_versions("1.0.0-rc.1", "1.0.0"), -1)
        self.assertEqual(compare_versions("1.0.0", "1.0.0-rc.1"), 1)

    def test_numeric_prerelease_identifiers_compare_numerically(self) -> None:
        self.assertEqual(compare_versions("1.0.0-beta.11", "1.0.0-beta.2"), 1)

    def test_numeric_identifier_is_lower_than_alphanumeric(self) -> None:
        self.assertEqual(compare_versions("1.0.0-1", "1.0.0-alpha"), -1)
        self.assertEqual(compare_versions("1.0.0-alpha.9", "1.0.0-alpha.beta"), -1)

    def test_alphanumeric_identifiers_use_ascii_order(self) -> None:
        self.assertEqual(compare_versions("1.0.0-Beta", "1.0.0-alpha"), -1)
        self.assertEqual(compare_versions("1.0.0-x-1", "1.0.0-x"), 1)

    def test_fewer_identifiers_is_lower(self) -> None:
        self.assertEqual(compare_versions("1.0.0-alpha", "1.0.0-alpha.1"), -1)

    def test_build_metadata_is_ignored(self) -> None:
        self.assertEqual(compare_versions("1.0.0+build.5", "1.0.0+other"), 0)
        self.assertEqual(compare_versions("1.0.0-rc.1+x", "1.0.0-rc.1"), 0)

    def test_invalid_versions_raise(self) -> None:
        invalid = [
            "", "1.2", "1.2.3.4", "v1.2.3", " 1.2.3", "01.2.3", "1.02.3", "1.2.3-",
            "1.2.3-a..b", "1.2.3-007", "1.2.3+", "1.2.3+a..b", "1.2.3-a_b", "1.a.3",
        ]
        for text in invalid:
            with self.assertRaises(ValueError, msg=text):
                compare_versions(text, "1.0.0")

    def test_zero_and_leading_zero_alphanumeric_are_valid(self) -> None:
        self.assertEqual(compare_versions("0.0.0-0", "0.0.0-0a"), -1)
        self.assertEqual(compare_versions("0.0.0-007a", "0.0.0-007a"), 0)


class SortVersionsTest(unittest.TestCase):
    def test_sorts_full_precedence_chain(self) -> None:
        chain = [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
            "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0",
        ]
        shuffled = [chain[i] for i in (7, 3, 10, 0, 5, 8, 1, 9, 4, 2, 6)]
        self.assertEqual(sort_versions(shuffled), chain)

    def test_sort_is_stable_and_returns_new_list(self) -> None:
        data = ["1.0.0+b", "0.9.0", "1.0.0+a"]
        self.assertEqual(sort_versions(data), ["0.9.0", "1.0.0+b", "1.0.0+a"])
        self.assertEqual(data, ["1.0.0+b", "0.9.0", "1.0.0+a"])

    def test_sort_rejects_invalid_version(self) -> None:
        with self.assertRaises(ValueError):
            sort_versions(["1.0.0", "latest"])
