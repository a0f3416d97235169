require 'minitest/autorun'
require_relative 'solution'

class CheapestSplitTest < Minitest::Test
  def test_case_01
    assert_equal(["cat", "sand"], cheapest_split("catsand", { "and" => 2, "cat" => 3, "cats" => 4, "sand" => 2 }))
  end

  def test_case_02
    assert_equal([], cheapest_split("", {}))
  end

  def test_case_03
    assert_equal(["abc"], cheapest_split("abc", { "a" => 1, "abc" => 3, "b" => 1, "c" => 1 }))
  end

  def test_case_04
    assert_equal(["a", "bcd"], cheapest_split("abcd", { "a" => 1, "ab" => 1, "bcd" => 1, "cd" => 1 }))
  end

  def test_case_05
    assert_equal(["aa", "aa"], cheapest_split("aaaa", { "a" => 0, "aa" => 0 }))
  end

  def test_case_06
    assert_equal(["x", "y", "z"], cheapest_split("xyz", { "x" => 1, "xyz" => 10, "y" => 1, "z" => 1 }))
  end

  def test_case_07
    assert_equal(["pen", "pineapple"], cheapest_split("penpineapple", { "apple" => 2, "pen" => 1, "pine" => 2, "pineapple" => 3 }))
  end

  def test_case_08
    assert_equal(["AB"], cheapest_split("AB", { "A" => 1, "AB" => 2, "B" => 1, "a" => 0 }))
  end

  def test_case_09
    assert_equal(["a", "bab"], cheapest_split("abab", { "a" => 1, "ab" => 2, "aba" => 2, "b" => 1, "ba" => 2, "bab" => 2 }))
  end

  def test_case_10
    assert_equal(["A", "b"], cheapest_split("Ab", { "A" => 1, "ab" => 0, "b" => 1 }))
  end

  def test_case_11
    assert_equal(["ab", "ab", "ba", "ba", "ab"], cheapest_split("ababbabaab", { "a" => 2, "ab" => 3, "abb" => 4, "b" => 2, "ba" => 3, "baa" => 4, "bab" => 5 }))
  end

  def test_case_12
    assert_raises(ArgumentError) { cheapest_split("dog", { "do" => 1 }) }
  end

  def test_case_13
    assert_raises(ArgumentError) { cheapest_split("abc", {}) }
  end
end
