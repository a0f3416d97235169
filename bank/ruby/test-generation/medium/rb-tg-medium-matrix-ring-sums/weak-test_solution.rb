require 'minitest/autorun'
require_relative 'solution'

class RingSumsTest < Minitest::Test
  def test_case_01
    assert_equal([40, 5], ring_sums([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
  end
end
