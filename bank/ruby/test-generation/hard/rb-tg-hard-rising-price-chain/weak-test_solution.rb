require 'minitest/autorun'
require_relative 'solution'

class RisingChainTest < Minitest::Test
  def test_case_01
    assert_equal([1, 2, 3, 8], rising_chain([5, 1, 6, 2, 7, 3, 8]))
  end
end
