require 'minitest/autorun'
require_relative 'solution'

class LfuSimulateTest < Minitest::Test
  def test_case_01
    assert_equal([1, nil, 1, 3], lfu_simulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]))
  end

  def test_case_02
    assert_equal([nil, 2, 3], lfu_simulate(2, ["put a 1", "put b 2", "put c 3", "get a", "get b", "get c"]))
  end

  def test_case_03
    assert_equal([nil], lfu_simulate(0, ["put a 1", "get a"]))
  end

  def test_case_04
    assert_equal([2, nil, 4], lfu_simulate(2, ["put a 1", "put a 2", "put b 3", "put c 4", "get a", "get b", "get c"]))
  end

  def test_case_05
    assert_equal([1, 1, nil, 3, 1], lfu_simulate(2, ["put a 1", "get a", "get a", "put b 2", "put c 3", "get b", "get c", "get a"]))
  end

  def test_case_06
    assert_equal([1, 2, 3, 1, 2, nil, 4], lfu_simulate(3, ["put a 1", "put b 2", "put c 3", "get a", "get b", "get c", "get a", "get b", "put d 4", "get c", "get d"]))
  end

  def test_case_07
    assert_equal([1, 2, nil, 2, 3], lfu_simulate(2, ["put x 1", "put y 2", "get x", "get y", "put z 3", "get x", "get y", "get z"]))
  end

  def test_case_08
    assert_equal([1, nil, 2], lfu_simulate(1, ["put a 1", "get a", "put b 2", "get a", "get b"]))
  end

  def test_case_09
    assert_equal([1, 1, 4, nil, 1], lfu_simulate(2, ["put a 1", "get a", "get a", "put b 2", "put c 3", "put b 4", "get b", "get c", "get a"]))
  end

  def test_case_10
    assert_equal([], lfu_simulate(3, []))
  end

  def test_case_11
    assert_equal([nil, nil, nil, nil, nil, nil, nil, nil, 18, 18, nil, nil, 18, nil, nil, nil, nil, 22, 18, nil, 42, nil, nil, nil, 43, nil, nil, 5, 5, 5], lfu_simulate(3, ["get b 27", "get c 7", "get c 28", "get b 34", "get c 14", "get b 35", "put c 18", "get d 40", "get d 1", "get c 43", "get c 6", "get d 43", "get e 33", "put d 22", "get c 3", "get b 0", "get e 44", "get b 21", "get e 26", "get d 21", "put a 48", "put a 42", "get c 1", "put d 32", "get e 40", "get a 35", "get b 34", "put a 9", "get b 29", "put e 43", "put c 5", "get d 45", "get e 35", "put a 1", "get d 2", "put e 46", "get b 30", "get c 21", "get c 38", "get c 31"]))
  end
end
