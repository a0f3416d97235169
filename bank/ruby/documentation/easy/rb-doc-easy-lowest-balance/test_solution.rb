require 'minitest/autorun'
require_relative 'solution'

class LowestBalanceTest < Minitest::Test
  def test_case_01
    assert_equal(-10, lowest_balance(100, [-30, -80, 50]))
  end

  def test_case_02
    assert_equal(10, lowest_balance(10, [5, 5]))
  end

  def test_case_03
    assert_equal(0, lowest_balance(0, []))
  end

  def test_case_04
    assert_equal(50, lowest_balance(50, []))
  end

  def test_case_05
    assert_equal(0, lowest_balance(10, [-10]))
  end

  def test_case_06
    assert_equal(-15, lowest_balance(-5, [10, -20]))
  end

  def test_case_07
    assert_equal(-1, lowest_balance(0, [1, -1, -1, 1]))
  end

  def test_case_08
    assert_equal(-50, lowest_balance(100, [-50, -50, -50, 200]))
  end

  def test_case_09
    assert_equal(-100, lowest_balance(-100, [1, 2, 3]))
  end

  def test_case_10
    assert_equal(5, lowest_balance(5, [0, 0]))
  end

  def test_case_11
    assert_equal(-1, lowest_balance(1000000, [-999999, -2]))
  end

  def test_case_12
    assert_equal(-11, lowest_balance(3, [-1, -1, -1, -1, 10, -20]))
  end
end
