require 'minitest/autorun'
require_relative 'solution'

class CountInRangeTest < Minitest::Test
  def test_case_01
    assert_equal(2, count_in_range([1, 5, 10, 15], 5, 10))
  end

  def test_case_02
    assert_equal(3, count_in_range([5, 4, 3, 2, 1], 2, 4))
  end

  def test_case_03
    assert_equal(0, count_in_range([], 0, 10))
  end

  def test_case_04
    assert_equal(1, count_in_range([3], 3, 3))
  end

  def test_case_05
    assert_equal(0, count_in_range([3], 4, 5))
  end

  def test_case_06
    assert_equal(0, count_in_range([1, 2, 3], 3, 1))
  end

  def test_case_07
    assert_equal(2, count_in_range([-5, -3, 0, 3], -4, 0))
  end

  def test_case_08
    assert_equal(3, count_in_range([7, 7, 7], 7, 7))
  end

  def test_case_09
    assert_equal(5, count_in_range([1, 2, 3, 4, 5], -100, 100))
  end

  def test_case_10
    assert_equal(0, count_in_range([10, 20], 11, 19))
  end

  def test_case_11
    assert_equal(1, count_in_range([0, 1, 2], 0, 0))
  end
end
