require 'minitest/autorun'
require_relative 'solution'

class SplitInRangeTest < Minitest::Test
  def test_case_01
    assert_equal(["1-2-3", "1-23", "12-3"], split_in_range("123", 1, 99))
  end

  def test_case_02
    assert_equal(["1-0-0", "10-0", "100"], split_in_range("100", 0, 100))
  end

  def test_case_03
    assert_equal([], split_in_range("", 0, 10))
  end

  def test_case_04
    assert_equal(["0"], split_in_range("0", 0, 0))
  end

  def test_case_05
    assert_equal(["10-5", "105"], split_in_range("105", 1, 200))
  end

  def test_case_06
    assert_equal([], split_in_range("999", 1000, 2000))
  end

  def test_case_07
    assert_equal(["2-4-6-8"], split_in_range("2468", 2, 8))
  end

  def test_case_08
    assert_equal(["1-1-1-1", "1-1-11", "1-11-1", "11-1-1", "11-11"], split_in_range("1111", 1, 11))
  end

  def test_case_09
    assert_equal(["0-0-7"], split_in_range("007", 0, 7))
  end

  def test_case_10
    assert_equal(["2-5-5-2-5", "2-5-5-25", "2-5-52-5", "2-55-2-5", "2-55-25", "25-5-2-5", "25-5-25", "25-52-5", "255-2-5", "255-25"], split_in_range("25525", 0, 255))
  end

  def test_case_11
    assert_equal([], split_in_range("5", 6, 9))
  end

  def test_case_12
    assert_equal(["10"], split_in_range("10", 10, 10))
  end

  def test_case_13
    assert_equal(["999999999999"], split_in_range("999999999999", 999999999999, 999999999999))
  end
end
