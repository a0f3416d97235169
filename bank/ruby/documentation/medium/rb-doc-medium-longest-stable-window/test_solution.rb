require 'minitest/autorun'
require_relative 'solution'

class LongestStableWindowTest < Minitest::Test
  def test_case_01
    assert_equal(4, longest_stable_window([3, 5, 4, 9, 8, 8, 10], 2))
  end

  def test_case_02
    assert_equal(3, longest_stable_window([1, 1, 1, 2, 1], 0))
  end

  def test_case_03
    assert_equal(0, longest_stable_window([], 5))
  end

  def test_case_04
    assert_equal(1, longest_stable_window([7], 0))
  end

  def test_case_05
    assert_equal(5, longest_stable_window([1, 2, 3, 4, 5], 10))
  end

  def test_case_06
    assert_equal(1, longest_stable_window([1, 10, 1, 10], 5))
  end

  def test_case_07
    assert_equal(2, longest_stable_window([5, 4, 3, 2, 1], 1))
  end

  def test_case_08
    assert_equal(4, longest_stable_window([-3, -1, -2, 4, 5, 3, 6], 3))
  end

  def test_case_09
    assert_equal(4, longest_stable_window([2, 2, 2, 2], 0))
  end

  def test_case_10
    assert_equal(6, longest_stable_window([1, 3, 1, 3, 1, 3, 8], 2))
  end

  def test_case_11
    assert_equal(3, longest_stable_window([10, 1, 2, 3, 10, 11, 12], 2))
  end

  def test_case_12
    assert_equal(2, longest_stable_window([0, 100, 0, 100, 50], 50))
  end

  def test_case_13
    assert_equal(4, longest_stable_window([4, 6, 5, 7, 3, 5, 6, 4, 8], 3))
  end
end
