require 'minitest/autorun'
require_relative 'solution'

class BreakCostTest < Minitest::Test
  def test_case_01
    assert_equal(10, break_cost(["aaa", "bb", "cc", "ddddd"], 6))
  end

  def test_case_02
    assert_equal(0, break_cost([], 5))
  end

  def test_case_03
    assert_equal(0, break_cost(["hello"], 5))
  end

  def test_case_04
    assert_equal(0, break_cost(["a", "b", "c"], 1))
  end

  def test_case_05
    assert_equal(4, break_cost(["ab", "cd"], 4))
  end

  def test_case_06
    assert_equal(0, break_cost(["one", "two"], 20))
  end

  def test_case_07
    assert_equal(4, break_cost(["xx", "xxxxx", "xx", "xxxxxx"], 10))
  end

  def test_case_08
    assert_equal(22, break_cost(["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"], 12))
  end

  def test_case_09
    assert_equal(34, break_cost(["a", "bb", "ccc", "dddd", "eeeee", "f"], 7))
  end

  def test_case_10
    assert_equal(1, break_cost(["aaaa", "b", "b", "aaaa"], 7))
  end

  def test_case_11
    assert_raises(ArgumentError) { break_cost(["toolongword"], 5) }
  end

  def test_case_12
    assert_raises(ArgumentError) { break_cost(["ok", "fine", "x"], 0) }
  end
end
