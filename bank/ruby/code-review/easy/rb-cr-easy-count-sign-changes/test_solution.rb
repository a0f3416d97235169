require 'minitest/autorun'
require_relative 'solution'

class CountSignChangesTest < Minitest::Test
  def test_case_01
    assert_equal(2, count_sign_changes([1, -1, 1]))
  end

  def test_case_02
    assert_equal(3, count_sign_changes([3, -3, 0, 3, -3]))
  end

  def test_case_03
    assert_equal(0, count_sign_changes([]))
  end

  def test_case_04
    assert_equal(0, count_sign_changes([1, 2, 3]))
  end

  def test_case_05
    assert_equal(0, count_sign_changes([0, 0]))
  end

  def test_case_06
    assert_equal(0, count_sign_changes([5]))
  end

  def test_case_07
    assert_equal(1, count_sign_changes([1, 0, -1]))
  end

  def test_case_08
    assert_equal(0, count_sign_changes([-1, 0, 0, -2]))
  end

  def test_case_09
    assert_equal(1, count_sign_changes([-5, 5]))
  end

  def test_case_10
    assert_equal(1, count_sign_changes([0, -1, 0, 1, 0]))
  end

  def test_case_11
    assert_equal(3, count_sign_changes([1, -1, -1, 1, 1, -1]))
  end

  def test_case_12
    assert_equal(2, count_sign_changes([-2, -3, 4, 5, -6]))
  end
end
