require 'minitest/autorun'
require_relative 'solution'

class SortByAlphabetTest < Minitest::Test
  def test_case_01
    assert_equal(["cab", "bca", "abc"], sort_by_alphabet(["bca", "abc", "cab"], "cba"))
  end

  def test_case_02
    assert_equal(["y", "a", "z"], sort_by_alphabet(["z", "a", "y"], "y"))
  end

  def test_case_03
    assert_equal([], sort_by_alphabet([], "abc"))
  end

  def test_case_04
    assert_equal(["a", "b"], sort_by_alphabet(["b", "a"], ""))
  end

  def test_case_05
    assert_equal(["a", "ab", "abc"], sort_by_alphabet(["ab", "a", "abc"], "cba"))
  end

  def test_case_06
    assert_equal(["ab", "Ab", "AB"], sort_by_alphabet(["Ab", "ab", "AB"], "ba"))
  end

  def test_case_07
    assert_equal(["dog", "dog", "cat"], sort_by_alphabet(["dog", "cat", "dog"], "dgoc"))
  end

  def test_case_08
    assert_equal(["", "a"], sort_by_alphabet(["a", ""], "a"))
  end

  def test_case_09
    assert_equal(["app", "apply", "apple"], sort_by_alphabet(["apple", "apply", "app"], "ypl"))
  end

  def test_case_10
    assert_equal(["b!", "b1", "b2"], sort_by_alphabet(["b2", "b1", "b!"], "b"))
  end

  def test_case_11
    assert_equal(["zeta", "zed", "alpha"], sort_by_alphabet(["zeta", "alpha", "zed"], "zyxwvutsrqponmlkjihgfedcba"))
  end

  def test_case_12
    assert_raises(ArgumentError) { sort_by_alphabet(["a"], "abca") }
  end

  def test_case_13
    assert_raises(ArgumentError) { sort_by_alphabet([], "xx") }
  end
end
