require 'minitest/autorun'
require_relative 'solution'

class CompressRangesTest < Minitest::Test
  def test_case_01
    assert_equal("1..3,5,7..10", compress_ranges([1, 2, 3, 5, 7, 8, 9, 10]))
  end

  def test_case_02
    assert_equal("1,2,10..12", compress_ranges([10, 1, 2, 12, 11]))
  end

  def test_case_03
    assert_equal("", compress_ranges([]))
  end

  def test_case_04
    assert_equal("4", compress_ranges([4]))
  end

  def test_case_05
    assert_equal("4,5", compress_ranges([5, 4]))
  end

  def test_case_06
    assert_equal("3", compress_ranges([3, 3, 3]))
  end

  def test_case_07
    assert_equal("1..3", compress_ranges([1, 2, 3]))
  end

  def test_case_08
    assert_equal("-2..1", compress_ranges([-2, -1, 0, 1]))
  end

  def test_case_09
    assert_equal("0,2,4,6", compress_ranges([0, 2, 4, 6]))
  end

  def test_case_10
    assert_equal("5..7,9", compress_ranges([7, 6, 5, 5, 6, 7, 9]))
  end

  def test_case_11
    assert_equal("-5..-3,100,101", compress_ranges([-5, -3, -4, 100, 101]))
  end

  def test_case_12
    assert_equal("1..4", compress_ranges([1, 3, 2, 4, 3, 1]))
  end
end
