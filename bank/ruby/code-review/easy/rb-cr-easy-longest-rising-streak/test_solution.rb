require 'minitest/autorun'
require_relative 'solution'

class LongestRisingStreakTest < Minitest::Test
  def test_case_01
    assert_equal(3, longest_rising_streak([1, 2, 3, 1, 2]))
  end

  def test_case_02
    assert_equal(4, longest_rising_streak([1, 2, 2, 3, 4, 5]))
  end

  def test_case_03
    assert_equal(0, longest_rising_streak([]))
  end

  def test_case_04
    assert_equal(1, longest_rising_streak([5]))
  end

  def test_case_05
    assert_equal(1, longest_rising_streak([3, 3, 3]))
  end

  def test_case_06
    assert_equal(1, longest_rising_streak([5, 4, 3, 2]))
  end

  def test_case_07
    assert_equal(4, longest_rising_streak([-3, -2, -1, 0]))
  end

  def test_case_08
    assert_equal(4, longest_rising_streak([1, 3, 2, 4, 6, 8, 7]))
  end

  def test_case_09
    assert_equal(2, longest_rising_streak([10, 11]))
  end

  def test_case_10
    assert_equal(3, longest_rising_streak([2, 1, 2, 1, 2, 3]))
  end

  def test_case_11
    assert_equal(2, longest_rising_streak([0, 1, 0, 1, 0, 1]))
  end
end
