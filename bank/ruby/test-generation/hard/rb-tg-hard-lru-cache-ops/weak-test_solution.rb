require 'minitest/autorun'
require_relative 'solution'

class LruSimulateTest < Minitest::Test
  def test_case_01
    assert_equal([1, nil, 1, 3], lru_simulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]))
  end
end
