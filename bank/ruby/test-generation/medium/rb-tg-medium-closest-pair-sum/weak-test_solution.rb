require 'minitest/autorun'
require_relative 'solution'

class ClosestPairSumTest < Minitest::Test
  def test_case_01
    assert_equal([1, 10], closest_pair_sum([1, 4, 7, 10], 12))
  end
end
