require 'minitest/autorun'
require_relative 'solution'

class HistogramBinsTest < Minitest::Test
  def test_case_01
    assert_equal([2, 1, 1], histogram_bins([1, 2, 11, 25], 10))
  end

  def test_case_02
    assert_equal([1, 2], histogram_bins([0, 5, 9], 5))
  end

  def test_case_03
    assert_equal([], histogram_bins([], 3))
  end

  def test_case_04
    assert_equal([1], histogram_bins([0], 1))
  end

  def test_case_05
    assert_equal([0, 0, 0, 0, 0, 0, 0, 1], histogram_bins([7], 1))
  end

  def test_case_06
    assert_equal([0, 0, 0, 1], histogram_bins([30], 10))
  end

  def test_case_07
    assert_equal([3], histogram_bins([9, 9, 9], 10))
  end

  def test_case_08
    assert_equal([0, 1], histogram_bins([10], 10))
  end

  def test_case_09
    assert_equal([2, 1, 2], histogram_bins([3, 1, 4, 1, 5], 2))
  end

  def test_case_10
    assert_equal([1, 0, 1], histogram_bins([0, 100], 50))
  end

  def test_case_11
    assert_raises(ArgumentError) { histogram_bins([1], 0) }
  end

  def test_case_12
    assert_raises(ArgumentError) { histogram_bins([1, -1], 5) }
  end

  def test_case_13
    assert_raises(ArgumentError) { histogram_bins([], -1) }
  end
end
