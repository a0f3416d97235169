require 'minitest/autorun'
require_relative 'solution'

class ClosestPairSumTest < Minitest::Test
  def test_case_01
    assert_equal([1, 10], closest_pair_sum([1, 4, 7, 10], 12))
  end

  def test_case_02
    assert_equal([-5, 3], closest_pair_sum([-5, 3, 8, 1], 0))
  end

  def test_case_03
    assert_equal([], closest_pair_sum([5], 3))
  end

  def test_case_04
    assert_equal([], closest_pair_sum([], 0))
  end

  def test_case_05
    assert_equal([2, 2], closest_pair_sum([2, 2], 10))
  end

  def test_case_06
    assert_equal([2, 4], closest_pair_sum([1, 2, 3, 4], 6))
  end

  def test_case_07
    assert_equal([1, 5], closest_pair_sum([1, 3, 5, 7], 7))
  end

  def test_case_08
    assert_equal([20, 30], closest_pair_sum([10, 20, 30], 100))
  end

  def test_case_09
    assert_equal([10, 20], closest_pair_sum([10, 20, 30], -100))
  end

  def test_case_10
    assert_equal([4, 4], closest_pair_sum([4, 4, 4], 8))
  end

  def test_case_11
    assert_equal([-2, 2], closest_pair_sum([0, -1, 1, 2, -2], 0))
  end

  def test_case_12
    assert_equal([1, 7], closest_pair_sum([7, 1], 8))
  end

  def test_case_13
    assert_equal([-4, 9], closest_pair_sum([3, 9, -4, 6, 0], 5))
  end
end
