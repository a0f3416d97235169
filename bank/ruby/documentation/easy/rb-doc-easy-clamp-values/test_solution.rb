require 'minitest/autorun'
require_relative 'solution'

class ClampValuesTest < Minitest::Test
  def test_case_01
    assert_equal([3, 5, 7], clamp_values([1, 5, 10], 3, 7))
  end

  def test_case_02
    assert_equal([-5, 0, 5], clamp_values([-10, 0, 10], -5, 5))
  end

  def test_case_03
    assert_equal([], clamp_values([], 0, 1))
  end

  def test_case_04
    assert_equal([4], clamp_values([4], 4, 4))
  end

  def test_case_05
    assert_equal([4, 4], clamp_values([1, 9], 4, 4))
  end

  def test_case_06
    assert_equal([3, 4, 5], clamp_values([3, 4, 5], 3, 5))
  end

  def test_case_07
    assert_equal([-50], clamp_values([-100], -50, -10))
  end

  def test_case_08
    assert_equal([100, 150], clamp_values([100, 200], 0, 150))
  end

  def test_case_09
    assert_equal([6, 6, 6], clamp_values([7, 7, 7], 0, 6))
  end

  def test_case_10
    assert_equal([1], clamp_values([0], 1, 2))
  end

  def test_case_11
    assert_raises(ArgumentError) { clamp_values([1], 5, 4) }
  end

  def test_case_12
    assert_raises(ArgumentError) { clamp_values([], 1, 0) }
  end
end
