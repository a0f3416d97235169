require 'minitest/autorun'
require_relative 'solution'

class CompressRangesTest < Minitest::Test
  def test_case_01
    assert_equal("1..3,5,7..10", compress_ranges([1, 2, 3, 5, 7, 8, 9, 10]))
  end
end
