require 'minitest/autorun'
require_relative 'solution'

class CountWithBitsTest < Minitest::Test
  def test_case_01
    assert_equal(3, count_with_bits(0, 7, 1))
  end
end
