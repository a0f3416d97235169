require 'minitest/autorun'
require_relative 'solution'

class LongestStableWindowTest < Minitest::Test
  def test_case_01
    assert_equal(4, longest_stable_window([3, 5, 4, 9, 8, 8, 10], 2))
  end
end
