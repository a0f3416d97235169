require 'minitest/autorun'
require_relative 'solution'

class AlternatingDigitSumTest < Minitest::Test
  def test_case_01
    assert_equal(-2, alternating_digit_sum(1234))
  end

  def test_case_02
    assert_equal(18, alternating_digit_sum(909))
  end

  def test_case_03
    assert_equal(0, alternating_digit_sum(0))
  end

  def test_case_04
    assert_equal(5, alternating_digit_sum(5))
  end

  def test_case_05
    assert_equal(1, alternating_digit_sum(10))
  end

  def test_case_06
    assert_equal(8, alternating_digit_sum(91))
  end

  def test_case_07
    assert_equal(0, alternating_digit_sum(-132))
  end

  def test_case_08
    assert_equal(1, alternating_digit_sum(1000000))
  end

  def test_case_09
    assert_equal(0, alternating_digit_sum(121))
  end

  def test_case_10
    assert_equal(36, alternating_digit_sum(9090909))
  end

  def test_case_11
    assert_equal(7, alternating_digit_sum(-7))
  end

  def test_case_12
    assert_equal(5, alternating_digit_sum(123456789))
  end

  def test_case_13
    assert_equal(0, alternating_digit_sum(11))
  end
end
