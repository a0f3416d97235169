require 'minitest/autorun'
require_relative 'solution'

class WeightedCheckDigitTest < Minitest::Test
  def test_case_01
    assert_equal(6, weighted_check_digit("305"))
  end

  def test_case_02
    assert_equal(0, weighted_check_digit("123"))
  end

  def test_case_03
    assert_equal(6, weighted_check_digit("4"))
  end

  def test_case_04
    assert_equal(0, weighted_check_digit("0"))
  end

  def test_case_05
    assert_equal(1, weighted_check_digit("9"))
  end

  def test_case_06
    assert_equal(6, weighted_check_digit("12"))
  end

  def test_case_07
    assert_equal(0, weighted_check_digit("0000"))
  end

  def test_case_08
    assert_equal(6, weighted_check_digit("1000"))
  end

  def test_case_09
    assert_equal(0, weighted_check_digit("5555"))
  end

  def test_case_10
    assert_equal(3, weighted_check_digit("271828"))
  end

  def test_case_11
    assert_equal(4, weighted_check_digit("11111111111"))
  end

  def test_case_12
    assert_raises(ArgumentError) { weighted_check_digit("") }
  end

  def test_case_13
    assert_raises(ArgumentError) { weighted_check_digit("12a4") }
  end

  def test_case_14
    assert_raises(ArgumentError) { weighted_check_digit("1 2") }
  end
end
