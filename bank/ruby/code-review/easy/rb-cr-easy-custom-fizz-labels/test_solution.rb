require 'minitest/autorun'
require_relative 'solution'

class CustomFizzLabelsTest < Minitest::Test
  def test_case_01
    assert_equal(["1", "Foo", "Bar", "Foo", "5", "FooBar"], custom_fizz_labels(6, [2, 3], ["Foo", "Bar"]))
  end

  def test_case_02
    assert_equal(["1", "Even", "3", "Even", "5"], custom_fizz_labels(5, [2], ["Even"]))
  end

  def test_case_03
    assert_equal([], custom_fizz_labels(0, [2], ["X"]))
  end

  def test_case_04
    assert_equal(["1", "2", "3"], custom_fizz_labels(3, [], []))
  end

  def test_case_05
    assert_equal(["A", "A", "A", "A"], custom_fizz_labels(4, [1], ["A"]))
  end

  def test_case_06
    assert_equal(["1", "Foo", "Bar", "Foo", "5", "BarFoo"], custom_fizz_labels(6, [3, 2], ["Bar", "Foo"]))
  end

  def test_case_07
    assert_equal(["1", "xy", "3", "xy"], custom_fizz_labels(4, [2, 2], ["x", "y"]))
  end

  def test_case_08
    assert_equal(["1"], custom_fizz_labels(1, [7], ["Z"]))
  end

  def test_case_09
    assert_equal(["1", "2", "3", "4", "5", "6", "Z"], custom_fizz_labels(7, [7], ["Z"]))
  end

  def test_case_10
    assert_equal(["1", "2", "3", "Q", "F", "6", "7", "Q", "9", "F"], custom_fizz_labels(10, [4, 5], ["Q", "F"]))
  end

  def test_case_11
    assert_raises(ArgumentError) { custom_fizz_labels(3, [2], ["a", "b"]) }
  end

  def test_case_12
    assert_raises(ArgumentError) { custom_fizz_labels(3, [0], ["a"]) }
  end

  def test_case_13
    assert_raises(ArgumentError) { custom_fizz_labels(-1, [2], ["a"]) }
  end
end
