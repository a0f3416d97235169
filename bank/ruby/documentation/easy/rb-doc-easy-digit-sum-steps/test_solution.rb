require 'minitest/autorun'
require_relative 'solution'

class DigitSumStepsTest < Minitest::Test
  def test_case_01
    assert_equal(3, digit_sum_steps(9875))
  end

  def test_case_02
    assert_equal(2, digit_sum_steps(19))
  end

  def test_case_03
    assert_equal(0, digit_sum_steps(0))
  end

  def test_case_04
    assert_equal(0, digit_sum_steps(7))
  end

  def test_case_05
    assert_equal(1, digit_sum_steps(10))
  end

  def test_case_06
    assert_equal(2, digit_sum_steps(99))
  end

  def test_case_07
    assert_equal(3, digit_sum_steps(199))
  end

  def test_case_08
    assert_equal(2, digit_sum_steps(-38))
  end

  def test_case_09
    assert_equal(0, digit_sum_steps(-5))
  end

  def test_case_10
    assert_equal(1, digit_sum_steps(100000))
  end

  def test_case_11
    assert_equal(2, digit_sum_steps(999999999999999))
  end

  def test_case_12
    assert_equal(3, digit_sum_steps(1999999999999999))
  end
end
