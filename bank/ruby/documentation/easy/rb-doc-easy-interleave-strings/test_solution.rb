require 'minitest/autorun'
require_relative 'solution'

class InterleaveStringsTest < Minitest::Test
  def test_case_01
    assert_equal("a1b2c3", interleave_strings("abc", "123"))
  end

  def test_case_02
    assert_equal("awbxyz", interleave_strings("ab", "wxyz"))
  end

  def test_case_03
    assert_equal("", interleave_strings("", ""))
  end

  def test_case_04
    assert_equal("abc", interleave_strings("abc", ""))
  end

  def test_case_05
    assert_equal("xy", interleave_strings("", "xy"))
  end

  def test_case_06
    assert_equal("ab", interleave_strings("a", "b"))
  end

  def test_case_07
    assert_equal("h-ello", interleave_strings("hello", "-"))
  end

  def test_case_08
    assert_equal(" a b", interleave_strings("  ", "ab"))
  end

  def test_case_09
    assert_equal("ababa", interleave_strings("aaa", "bb"))
  end

  def test_case_10
    assert_equal("13245", interleave_strings("12", "345"))
  end

  def test_case_11
    assert_equal("xXyYzZ", interleave_strings("xyz", "XYZ"))
  end
end
