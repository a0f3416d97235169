require 'minitest/autorun'
require_relative 'solution'

class ChooseCargoTest < Minitest::Test
  def test_case_01
    assert_equal([0, 2], choose_cargo([3, 4, 5], [30, 50, 60], 8))
  end

  def test_case_02
    assert_equal([0, 1], choose_cargo([2, 3, 5], [10, 10, 20], 5))
  end

  def test_case_03
    assert_equal([1, 2, 3], choose_cargo([4, 1, 1, 1], [9, 3, 3, 3], 4))
  end

  def test_case_04
    assert_equal([], choose_cargo([1, 2], [5, 5], 0))
  end

  def test_case_05
    assert_equal([], choose_cargo([], [], 10))
  end

  def test_case_06
    assert_equal([], choose_cargo([1, 1], [0, 0], 5))
  end

  def test_case_07
    assert_equal([0, 1, 2], choose_cargo([1, 2, 3], [1, 2, 3], 100))
  end

  def test_case_08
    assert_equal([], choose_cargo([5, 6], [10, 10], 4))
  end

  def test_case_09
    assert_equal([0, 1, 3], choose_cargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 5))
  end

  def test_case_10
    assert_equal([0, 1], choose_cargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 4))
  end

  def test_case_11
    assert_equal([0], choose_cargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 3))
  end

  def test_case_12
    assert_equal([0, 4, 6, 7, 8, 9], choose_cargo([9, 8, 7, 7, 4, 5, 5, 1, 1, 3, 8, 9], [15, 11, 6, 8, 15, 14, 16, 15, 13, 17, 1, 9], 25))
  end

  def test_case_13
    assert_equal([2, 4, 9, 10, 12], choose_cargo([3, 4, 1, 4, 3, 4, 2, 4, 4, 1, 3, 4, 3, 1], [1, 3, 2, 1, 2, 1, 1, 1, 2, 3, 3, 1, 3, 1], 11))
  end
end
