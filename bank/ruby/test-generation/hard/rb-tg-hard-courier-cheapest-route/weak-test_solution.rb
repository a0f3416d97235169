require 'minitest/autorun'
require_relative 'solution'

class CheapestRouteTest < Minitest::Test
  def test_case_01
    assert_equal([0, 2, 4], cheapest_route(5, [[0, 1, 2], [1, 4, 5], [0, 2, 4], [2, 4, 2], [0, 3, 1], [3, 4, 7]], 0, 4))
  end
end
