require 'minitest/autorun'
require_relative 'solution'

class TypoDistanceTest < Minitest::Test
  def test_case_01
    assert_equal(1, typo_distance("form", "from", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }))
  end

  def test_case_02
    assert_equal(3, typo_distance("kitten", "sitting", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }))
  end

  def test_case_03
    assert_equal(6, typo_distance("", "abc", { "delete" => 3, "insert" => 2, "replace" => 4, "swap" => 1 }))
  end

  def test_case_04
    assert_equal(9, typo_distance("abc", "", { "delete" => 3, "insert" => 2, "replace" => 4, "swap" => 1 }))
  end

  def test_case_05
    assert_equal(2, typo_distance("ab", "ba", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 5 }))
  end

  def test_case_06
    assert_equal(2, typo_distance("cat", "cut", { "delete" => 1, "insert" => 1, "replace" => 5, "swap" => 1 }))
  end

  def test_case_07
    assert_equal(3, typo_distance("ca", "abc", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }))
  end

  def test_case_08
    assert_equal(0, typo_distance("same", "same", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }))
  end

  def test_case_09
    assert_equal(1, typo_distance("Abc", "abc", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }))
  end

  def test_case_10
    assert_equal(3, typo_distance("abcdef", "badcfe", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }))
  end

  def test_case_11
    assert_equal(0, typo_distance("xyz", "q", { "delete" => 0, "insert" => 0, "replace" => 0, "swap" => 0 }))
  end

  def test_case_12
    assert_equal(1, typo_distance("recieve", "receive", { "delete" => 3, "insert" => 3, "replace" => 2, "swap" => 1 }))
  end

  def test_case_13
    assert_equal(5, typo_distance("algorithm", "logarithm", { "delete" => 2, "insert" => 2, "replace" => 3, "swap" => 1 }))
  end

  def test_case_14
    assert_raises(ArgumentError) { typo_distance("a", "b", { "delete" => 1, "insert" => 1, "replace" => 1 }) }
  end

  def test_case_15
    assert_raises(ArgumentError) { typo_distance("a", "b", { "delete" => -1, "insert" => 1, "replace" => 1, "swap" => 1 }) }
  end

  def test_case_16
    assert_raises(ArgumentError) { typo_distance("a", "b", { "copy" => 0, "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }) }
  end
end
