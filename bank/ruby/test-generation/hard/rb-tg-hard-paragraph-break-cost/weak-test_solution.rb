require 'minitest/autorun'
require_relative 'solution'

class BreakCostTest < Minitest::Test
  def test_case_01
    assert_equal(10, break_cost(["aaa", "bb", "cc", "ddddd"], 6))
  end
end
