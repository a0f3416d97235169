require 'minitest/autorun'
require_relative 'solution'

class MinSplitDifferenceTest < Minitest::Test
  def test_case_01
    assert_equal(1, min_split_difference([1, 6, 11, 5]))
  end

  def test_case_02
    assert_equal(7, min_split_difference([10, 1, 1, 1]))
  end

  def test_case_03
    assert_equal(0, min_split_difference([]))
  end

  def test_case_04
    assert_equal(7, min_split_difference([7]))
  end

  def test_case_05
    assert_equal(0, min_split_difference([3, 3]))
  end

  def test_case_06
    assert_equal(0, min_split_difference([1, 2, 3]))
  end

  def test_case_07
    assert_equal(1, min_split_difference([2, 2, 2, 2, 3]))
  end

  def test_case_08
    assert_equal(0, min_split_difference([0, 0, 0]))
  end

  def test_case_09
    assert_equal(1, min_split_difference([8, 6, 5, 4]))
  end

  def test_case_10
    assert_equal(94, min_split_difference([100, 99, 98, 1, 2]))
  end

  def test_case_11
    assert_equal(5, min_split_difference([5, 5, 5, 5, 5, 5, 5]))
  end

  def test_case_12
    assert_equal(1, min_split_difference([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 20]))
  end

  def test_case_13
    assert_equal(4, min_split_difference([13, 27, 31, 4, 9, 18]))
  end

  def test_case_14
    assert_equal(0, min_split_difference([1000000000000, 1, 999999999999]))
  end
end
