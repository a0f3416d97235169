require 'minitest/autorun'
require_relative 'solution'

class LruSimulateTest < Minitest::Test
  def test_case_01
    assert_equal([1, nil, 1, 3], lru_simulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]))
  end

  def test_case_02
    assert_equal([nil], lru_simulate(0, ["put a 1", "get a"]))
  end

  def test_case_03
    assert_equal([5, nil, 2], lru_simulate(1, ["put a 1", "put a 5", "get a", "put b 2", "get a", "get b"]))
  end

  def test_case_04
    assert_equal([3, nil, 4], lru_simulate(2, ["put a 1", "put b 2", "put a 3", "put c 4", "get a", "get b", "get c"]))
  end

  def test_case_05
    assert_equal([nil, -7], lru_simulate(2, ["get x", "put x -7", "get x"]))
  end

  def test_case_06
    assert_equal([], lru_simulate(3, []))
  end

  def test_case_07
    assert_equal([nil, nil, 9, 3], lru_simulate(2, ["put a 1", "put b 2", "put c 3", "get a", "put a 9", "get b", "get a", "get c"]))
  end

  def test_case_08
    assert_equal([nil, nil, 2], lru_simulate(2, ["put a 1", "put b 2", "get zz", "put c 3", "get a", "get b"]))
  end

  def test_case_09
    assert_equal([10, nil, 30, nil, 40, 50], lru_simulate(3, ["put k1 10", "put k2 20", "put k3 30", "get k1", "put k4 40", "get k2", "get k3", "put k5 50", "get k1", "get k4", "get k5"]))
  end

  def test_case_10
    assert_equal([nil, nil, nil, -1, nil, nil, 11, nil, 38, nil, 38, 44, 46, 38, 46, nil], lru_simulate(3, ["get e 13", "get b 19", "put a 49", "get d 17", "put e -4", "put c 29", "put b -4", "put e 37", "put c -1", "get c 8", "put e 34", "put b 1", "get d 1", "put d 11", "get a 17", "get d 2", "put c 38", "get e 17", "put a 44", "put d 44", "get c 43", "put b 15", "get e 30", "get c 41", "get d 15", "put b 46", "get b 50", "get c 21", "get b 4", "get e 37"]))
  end
end
