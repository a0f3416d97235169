import unittest

from solution import LFUCache


class LFUCacheTest(unittest.TestCase):
    def test_example_sequence(self) -> None:
        cache: LFUCache[str, int] = LFUCache(2)
        self.assertIsNone(cache.put("a", 1))
        self.assertIsNone(cache.put("b", 2))
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.put("c", 3), "b")
        self.assertEqual(cache.put("d", 4), "c")
        self.assertEqual(sorted(k for k in "abcd" if k in cache), ["a", "d"])

    def test_least_recently_used_breaks_frequency_ties(self) -> None:
        cache: LFUCache[str, int] = LFUCache(3)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("c", 3)
        cache.get("a")
        cache.get("b")
        cache.get("c")
        cache.get("a")
        cache.get("b")
        self.assertEqual(cache.put("d", 4), "c")

    def test_equal_frequency_one_evicts_oldest(self) -> None:
        cache: LFUCache[str, int] = LFUCache(2)
        cache.put("x", 1)
        cache.put("y", 2)
        self.assertEqual(cache.put("z", 3), "x")
        self.assertEqual(cache.put("w", 4), "y")

    def test_get_missing_returns_default_and_counts_nothing(self) -> None:
        cache: LFUCache[str, int] = LFUCache(1)
        self.assertIsNone(cache.get("nope"))
        self.assertEqual(cache.get("nope", -1), -1)
        self.assertEqual(cache.frequency("nope"), 0)
        self.assertEqual(len(cache), 0)

    def test_frequency_counts_gets_and_updates(self) -> None:
        cache: LFUCache[str, str] = LFUCache(2)
        cache.put("k", "v1")
        self.assertEqual(cache.frequency("k"), 1)
        cache.get("k")
        cache.put("k", "v2")
        self.assertEqual(cache.frequency("k"), 3)
        self.assertEqual(cache.get("k"), "v2")

    def test_update_of_present_key_does_not_evict(self) -> None:
        cache: LFUCache[str, int] = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertIsNone(cache.put("a", 10))
        self.assertEqual(len(cache), 2)
        self.assertEqual(cache.peek("a"), 10)
        self.assertEqual(cache.put("c", 3), "b")

    def test_peek_contains_and_len_are_not_uses(self) -> None:
        cache: LFUCache[str, int] = LFUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.peek("a"), 1)
        self.assertTrue("a" in cache)
        self.assertEqual(len(cache), 2)
        self.assertEqual(cache.frequency("a"), 1)
        self.assertEqual(cache.peek("zz", 0), 0)
        self.assertEqual(cache.put("c", 3), "a")

    def test_evicted_key_restarts_at_frequency_one(self) -> None:
        cache: LFUCache[str, int] = LFUCache(1)
        cache.put("a", 1)
        cache.get("a")
        cache.get("a")
        self.assertEqual(cache.put("b", 2), "a")
        self.assertNotIn("a", cache)
        self.assertEqual(cache.frequency("a"), 0)
        self.assertEqual(cache.put("a", 5), "b")
        self.assertEqual(cache.frequency("a"), 1)

    def test_new_key_becomes_minimum_after_high_frequencies(self) -> None:
        cache: LFUCache[int, int] = LFUCache(2)
        cache.put(1, 1)
        for _ in range(5):
            cache.get(1)
        cache.put(2, 2)
        cache.get(2)
        self.assertEqual(cache.put(3, 3), 2)
        self.assertEqual(cache.put(4, 4), 3)
        self.assertEqual(cache.frequency(1), 6)

    def test_capacity_zero_stores_nothing(self) -> None:
        cache: LFUCache[str, int] = LFUCache(0)
        self.assertIsNone(cache.put("a", 1))
        self.assertEqual(len(cache), 0)
        self.assertNotIn("a", cache)

    def test_negative_capacity_raises(self) -> None:
        with self.assertRaises(ValueError):
            LFUCache(-1)

    def test_bulk_evictions_follow_insertion_order(self) -> None:
        cache: LFUCache[int, int] = LFUCache(1000)
        evicted = []
        for key in range(3000):
            evicted.append(cache.put(key, key * 2))
            cache.get(key)
        self.assertEqual(evicted[:1000], [None] * 1000)
        self.assertEqual(evicted[1000:], list(range(2000)))
        self.assertEqual(len(cache), 1000)
        self.assertEqual(cache.peek(2999), 5998)
