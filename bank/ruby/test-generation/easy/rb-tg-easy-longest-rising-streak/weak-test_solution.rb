require 'minitest/autorun'
require_relative 'solution'

class LongestRisingStreakTest < Minitest::Test
  def test_case_01
    assert_equal(3, longest_rising_streak([1, 2, 3, 1, 2]))
  end
end
