require 'minitest/autorun'
require_relative 'solution'

class MinSplitDifferenceTest < Minitest::Test
  def test_case_01
    assert_equal(1, min_split_difference([1, 6, 11, 5]))
  end
end
