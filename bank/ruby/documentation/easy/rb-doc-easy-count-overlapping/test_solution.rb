require 'minitest/autorun'
require_relative 'solution'

class CountOverlappingTest < Minitest::Test
  def test_case_01
    assert_equal(2, count_overlapping("banana", "ana"))
  end

  def test_case_02
    assert_equal(3, count_overlapping("aaaa", "aa"))
  end

  def test_case_03
    assert_equal(0, count_overlapping("", "a"))
  end

  def test_case_04
    assert_equal(0, count_overlapping("abc", "abcd"))
  end

  def test_case_05
    assert_equal(1, count_overlapping("abc", "abc"))
  end

  def test_case_06
    assert_equal(1, count_overlapping("Hello hello", "hello"))
  end

  def test_case_07
    assert_equal(3, count_overlapping("abababa", "aba"))
  end

  def test_case_08
    assert_equal(1, count_overlapping("xyz", "z"))
  end

  def test_case_09
    assert_equal(2, count_overlapping("mississippi", "ss"))
  end

  def test_case_10
    assert_equal(3, count_overlapping("aaa", "a"))
  end

  def test_case_11
    assert_equal(3, count_overlapping("a b a b", " "))
  end

  def test_case_12
    assert_raises(ArgumentError) { count_overlapping("abc", "") }
  end

  def test_case_13
    assert_raises(ArgumentError) { count_overlapping("", "") }
  end
end
