require 'minitest/autorun'
require_relative 'solution'

class RotateListTest < Minitest::Test
  def test_case_01
    assert_equal([4, 5, 1, 2, 3], rotate_list([1, 2, 3, 4, 5], 2))
  end

  def test_case_02
    assert_equal([3, 4, 5, 1, 2], rotate_list([1, 2, 3, 4, 5], -2))
  end

  def test_case_03
    assert_equal([], rotate_list([], 3))
  end

  def test_case_04
    assert_equal([7], rotate_list([7], 100))
  end

  def test_case_05
    assert_equal([1, 2, 3], rotate_list([1, 2, 3], 0))
  end

  def test_case_06
    assert_equal([1, 2, 3], rotate_list([1, 2, 3], 3))
  end

  def test_case_07
    assert_equal([3, 1, 2], rotate_list([1, 2, 3], 4))
  end

  def test_case_08
    assert_equal([2, 3, 1], rotate_list([1, 2, 3], -4))
  end

  def test_case_09
    assert_equal([6, 5, 5], rotate_list([5, 5, 6], 1))
  end

  def test_case_10
    assert_equal([0, 1, 2, -1], rotate_list([-1, 0, 1, 2], 7))
  end
end
