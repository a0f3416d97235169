require 'minitest/autorun'
require_relative 'solution'

class TrimmedMeanTest < Minitest::Test
  def test_case_01
    assert_in_delta(2.5, trimmed_mean([1.0, 2.0, 3.0, 4.0]), 1e-6)
  end

  def test_case_02
    assert_in_delta(5.0, trimmed_mean([5.0, 1.0, 9.0]), 1e-6)
  end

  def test_case_03
    assert_in_delta(2.0, trimmed_mean([2.0, 2.0, 2.0]), 1e-6)
  end

  def test_case_04
    assert_in_delta(5.5, trimmed_mean([1.0, 1.0, 10.0, 10.0]), 1e-6)
  end

  def test_case_05
    assert_in_delta(1.75, trimmed_mean([-3.5, 0.0, 3.5, 100.0]), 1e-6)
  end

  def test_case_06
    assert_in_delta(0.25, trimmed_mean([0.1, 0.2, 0.3, 0.4]), 1e-6)
  end

  def test_case_07
    assert_in_delta(5.0, trimmed_mean([7.0, 3.0, 5.0, 1.0, 9.0]), 1e-6)
  end

  def test_case_08
    assert_in_delta(-2.0, trimmed_mean([-1.0, -2.0, -3.0]), 1e-6)
  end

  def test_case_09
    assert_in_delta(2.5, trimmed_mean([1000000.0, 1.0, 2.0, 3.0]), 1e-6)
  end

  def test_case_10
    assert_in_delta(2.1666666667, trimmed_mean([1.5, 2.5, 2.5, 100.0, -100.0]), 1e-6)
  end

  def test_case_11
    assert_raises(ArgumentError) { trimmed_mean([]) }
  end

  def test_case_12
    assert_raises(ArgumentError) { trimmed_mean([1.0, 2.0]) }
  end
end
