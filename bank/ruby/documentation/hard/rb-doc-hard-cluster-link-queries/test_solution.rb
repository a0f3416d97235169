require 'minitest/autorun'
require_relative 'solution'

class ClusterQueriesTest < Minitest::Test
  def test_case_01
    assert_equal([1, 0, 3, 3], cluster_queries(5, ["link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count"]))
  end

  def test_case_02
    assert_equal([3], cluster_queries(3, ["count"]))
  end

  def test_case_03
    assert_equal([1, 1, 1], cluster_queries(1, ["same 0 0", "size 0", "count"]))
  end

  def test_case_04
    assert_equal([3, 2], cluster_queries(4, ["link 0 1", "link 1 0", "link 0 1", "count", "size 1"]))
  end

  def test_case_05
    assert_equal([2, 1], cluster_queries(2, ["link 1 1", "count", "size 1"]))
  end

  def test_case_06
    assert_equal([0, 1, 4, 2, 6, 1], cluster_queries(6, ["link 0 1", "link 2 3", "link 4 5", "same 0 3", "link 1 2", "same 0 3", "size 3", "count", "link 3 5", "size 0", "count"]))
  end

  def test_case_07
    assert_equal([], cluster_queries(4, []))
  end

  def test_case_08
    assert_equal([], cluster_queries(3, ["link 0 1"]))
  end

  def test_case_09
    assert_equal([1, 2, 11], cluster_queries(12, ["link 10 11", "same 11 10", "size 10", "count"]))
  end

  def test_case_10
    assert_equal([4, 1, 6, 5, 0, 4, 1, 10], cluster_queries(10, ["link 9 8", "link 7 6", "link 8 6", "size 7", "same 9 7", "link 0 5", "link 5 9", "size 0", "count", "same 1 2", "link 2 1", "link 3 4", "link 4 2", "size 3", "link 1 0", "count", "size 6"]))
  end

  def test_case_11
    assert_equal([4, 2, 4, 1, 8], cluster_queries(8, ["link 0 1", "link 2 3", "link 4 5", "link 6 7", "count", "link 1 2", "link 5 6", "count", "size 4", "link 3 4", "same 0 7", "size 0"]))
  end
end
