require 'minitest/autorun'
require_relative 'solution'

class MeanAbsoluteDeviationTest < Minitest::Test
  def test_case_01
    assert_in_delta(1.0, mean_absolute_deviation([1, 2, 3, 4]), 1e-6)
  end

  def test_case_02
    assert_in_delta(1.5, mean_absolute_deviation([1, 1, 1, 5]), 1e-6)
  end

  def test_case_03
    assert_in_delta(0.0, mean_absolute_deviation([5]), 1e-6)
  end

  def test_case_04
    assert_in_delta(0.0, mean_absolute_deviation([2, 2, 2]), 1e-6)
  end

  def test_case_05
    assert_in_delta(1.0, mean_absolute_deviation([1, 3]), 1e-6)
  end

  def test_case_06
    assert_in_delta(5.0, mean_absolute_deviation([0, 10]), 1e-6)
  end

  def test_case_07
    assert_in_delta(0.6666666667, mean_absolute_deviation([1, 2, 3]), 1e-6)
  end

  def test_case_08
    assert_in_delta(5.0, mean_absolute_deviation([-5, 5]), 1e-6)
  end

  def test_case_09
    assert_in_delta(12.0, mean_absolute_deviation([10, 20, 30, 40, 50]), 1e-6)
  end

  def test_case_10
    assert_in_delta(1.0, mean_absolute_deviation([-3, -1]), 1e-6)
  end

  def test_case_11
    assert_in_delta(3.375, mean_absolute_deviation([0, 0, 0, 9]), 1e-6)
  end

  def test_case_12
    assert_raises(ArgumentError) { mean_absolute_deviation([]) }
  end
end
