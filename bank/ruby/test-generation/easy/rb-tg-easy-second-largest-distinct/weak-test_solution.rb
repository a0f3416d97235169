require 'minitest/autorun'
require_relative 'solution'

class SecondLargestDistinctTest < Minitest::Test
  def test_case_01
    assert_equal(7, second_largest_distinct([4, 1, 9, 7]))
  end
end
