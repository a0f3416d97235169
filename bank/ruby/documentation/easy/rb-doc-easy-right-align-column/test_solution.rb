require 'minitest/autorun'
require_relative 'solution'

class RightAlignTest < Minitest::Test
  def test_case_01
    assert_equal(["  1", " 22", "333"], right_align(["1", "22", "333"]))
  end

  def test_case_02
    assert_equal(["apple", "  fig"], right_align(["apple", "fig"]))
  end

  def test_case_03
    assert_equal([], right_align([]))
  end

  def test_case_04
    assert_equal([""], right_align([""]))
  end

  def test_case_05
    assert_equal(["x"], right_align(["x"]))
  end

  def test_case_06
    assert_equal(["", ""], right_align(["", ""]))
  end

  def test_case_07
    assert_equal(["  ", "ab"], right_align(["", "ab"]))
  end

  def test_case_08
    assert_equal(["same", "size"], right_align(["same", "size"]))
  end

  def test_case_09
    assert_equal([" a", " b"], right_align([" a", "b"]))
  end

  def test_case_10
    assert_equal([" 10", "  9", "100"], right_align(["10", "9", "100"]))
  end

  def test_case_11
    assert_equal(["a b", " cd"], right_align(["a b", "cd"]))
  end
end
