require 'minitest/autorun'
require_relative 'solution'

class CountWithBitsTest < Minitest::Test
  def test_case_01
    assert_equal(3, count_with_bits(0, 7, 1))
  end

  def test_case_02
    assert_equal(4, count_with_bits(5, 10, 2))
  end

  def test_case_03
    assert_equal(1, count_with_bits(0, 0, 0))
  end

  def test_case_04
    assert_equal(0, count_with_bits(1, 1, 0))
  end

  def test_case_05
    assert_equal(1, count_with_bits(0, 15, 4))
  end

  def test_case_06
    assert_equal(137846528820, count_with_bits(0, 1099511627775, 20))
  end

  def test_case_07
    assert_equal(1, count_with_bits(3, 3, 2))
  end

  def test_case_08
    assert_equal(1, count_with_bits(8, 8, 1))
  end

  def test_case_09
    assert_equal(0, count_with_bits(0, 100, 10))
  end

  def test_case_10
    assert_equal(129589292, count_with_bits(123456789, 987654321, 15))
  end

  def test_case_11
    assert_equal(1, count_with_bits(2251799813685248, 4503599627370495, 1))
  end

  def test_case_12
    assert_equal(950, count_with_bits(1000, 5000, 6))
  end

  def test_case_13
    assert_equal(344867425583, count_with_bits(1073754169, 35184372087833, 30))
  end
end
