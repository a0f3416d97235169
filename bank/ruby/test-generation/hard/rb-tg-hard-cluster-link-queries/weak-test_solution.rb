require 'minitest/autorun'
require_relative 'solution'

class ClusterQueriesTest < Minitest::Test
  def test_case_01
    assert_equal([1, 0, 3, 3], cluster_queries(5, ["link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count"]))
  end
end
