require 'minitest/autorun'
require_relative 'solution'

class CountOverlappingTest < Minitest::Test
  def test_case_01
    assert_equal(2, count_overlapping("banana", "ana"))
  end
end
