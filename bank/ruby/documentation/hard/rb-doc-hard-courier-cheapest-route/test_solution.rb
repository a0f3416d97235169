require 'minitest/autorun'
require_relative 'solution'

class CheapestRouteTest < Minitest::Test
  def test_case_01
    assert_equal([0, 2, 4], cheapest_route(5, [[0, 1, 2], [1, 4, 5], [0, 2, 4], [2, 4, 2], [0, 3, 1], [3, 4, 7]], 0, 4))
  end

  def test_case_02
    assert_equal([0, 1, 3], cheapest_route(4, [[0, 2, 1], [2, 3, 1], [0, 1, 1], [1, 3, 1]], 0, 3))
  end

  def test_case_03
    assert_equal([], cheapest_route(3, [[0, 1, 1], [2, 1, 1]], 0, 2))
  end

  def test_case_04
    assert_equal([1], cheapest_route(3, [[0, 1, 1]], 1, 1))
  end

  def test_case_05
    assert_equal([], cheapest_route(2, [[1, 0, 3]], 0, 1))
  end

  def test_case_06
    assert_equal([0, 1], cheapest_route(2, [[0, 1, 9], [0, 1, 4], [0, 1, 6]], 0, 1))
  end

  def test_case_07
    assert_equal([0, 1, 2, 4], cheapest_route(5, [[0, 4, 6], [0, 1, 2], [1, 2, 2], [2, 4, 2], [0, 3, 5], [3, 4, 1]], 0, 4))
  end

  def test_case_08
    assert_equal([0, 1, 3, 5], cheapest_route(6, [[0, 1, 1], [0, 2, 1], [1, 5, 3], [1, 3, 1], [3, 5, 2], [2, 4, 1], [4, 5, 2]], 0, 5))
  end

  def test_case_09
    assert_equal([0, 2, 3], cheapest_route(4, [[0, 1, 5], [1, 3, 5], [0, 2, 1], [2, 3, 1]], 0, 3))
  end

  def test_case_10
    assert_equal([0, 1, 2, 3], cheapest_route(4, [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 2, 2], [2, 1, 1], [2, 3, 1]], 0, 3))
  end

  def test_case_11
    assert_equal([0], cheapest_route(1, [], 0, 0))
  end

  def test_case_12
    assert_equal([0, 1, 3, 6], cheapest_route(7, [[0, 1, 2], [0, 2, 1], [1, 3, 1], [2, 3, 2], [3, 6, 4], [1, 4, 3], [4, 6, 2], [2, 5, 3], [5, 6, 3], [0, 6, 9]], 0, 6))
  end

  def test_case_13
    assert_equal([], cheapest_route(8, [[1, 5, 3], [1, 3, 3], [6, 7, 3], [7, 3, 1], [1, 1, 2], [1, 7, 1], [7, 5, 1], [6, 4, 2], [5, 6, 3], [1, 5, 1], [4, 4, 2], [2, 4, 1], [5, 5, 2], [6, 1, 2], [7, 1, 2], [7, 6, 3], [4, 6, 3], [7, 0, 3], [3, 2, 1], [1, 6, 2], [2, 7, 1], [1, 7, 3], [7, 4, 3], [6, 4, 3]], 0, 6))
  end

  def test_case_14
    assert_raises(ArgumentError) { cheapest_route(2, [[0, 1, 0]], 0, 1) }
  end

  def test_case_15
    assert_raises(ArgumentError) { cheapest_route(2, [[0, 2, 1]], 0, 1) }
  end

  def test_case_16
    assert_raises(ArgumentError) { cheapest_route(2, [], 0, 5) }
  end
end
