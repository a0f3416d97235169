require 'minitest/autorun'
require_relative 'solution'

class SharedBusyTimeTest < Minitest::Test
  def test_case_01
    assert_equal(5, shared_busy_time([[0, 10]], [[5, 15]]))
  end

  def test_case_02
    assert_equal(4, shared_busy_time([[1, 3], [5, 7], [9, 11]], [[2, 10]]))
  end

  def test_case_03
    assert_equal(0, shared_busy_time([], [[0, 5]]))
  end

  def test_case_04
    assert_equal(0, shared_busy_time([[0, 5]], []))
  end

  def test_case_05
    assert_equal(0, shared_busy_time([[0, 5]], [[5, 10]]))
  end

  def test_case_06
    assert_equal(15, shared_busy_time([[0, 10], [5, 15]], [[0, 20]]))
  end

  def test_case_07
    assert_equal(5, shared_busy_time([[0, 10], [2, 4]], [[3, 8]]))
  end

  def test_case_08
    assert_equal(4, shared_busy_time([[20, 30], [0, 10]], [[8, 22]]))
  end

  def test_case_09
    assert_equal(25, shared_busy_time([[0, 100]], [[10, 20], [15, 25], [50, 60]]))
  end

  def test_case_10
    assert_equal(5, shared_busy_time([[-5, 5]], [[-10, 0]]))
  end

  def test_case_11
    assert_equal(4, shared_busy_time([[0, 4], [4, 8]], [[2, 6]]))
  end

  def test_case_12
    assert_equal(1, shared_busy_time([[1, 2]], [[1, 2]]))
  end

  def test_case_13
    assert_equal(0, shared_busy_time([[0, 3], [6, 9]], [[3, 6]]))
  end

  def test_case_14
    assert_equal(17, shared_busy_time([[0, 10], [20, 30], [40, 50]], [[5, 25], [28, 45]]))
  end
end
