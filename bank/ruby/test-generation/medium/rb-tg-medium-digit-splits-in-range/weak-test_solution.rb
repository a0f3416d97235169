require 'minitest/autorun'
require_relative 'solution'

class SplitInRangeTest < Minitest::Test
  def test_case_01
    assert_equal(["1-2-3", "1-23", "12-3"], split_in_range("123", 1, 99))
  end
end
