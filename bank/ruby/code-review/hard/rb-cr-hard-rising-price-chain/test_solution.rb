require 'minitest/autorun'
require_relative 'solution'

class RisingChainTest < Minitest::Test
  def test_case_01
    assert_equal([1, 2, 3, 8], rising_chain([5, 1, 6, 2, 7, 3, 8]))
  end

  def test_case_02
    assert_equal([], rising_chain([]))
  end

  def test_case_03
    assert_equal([4], rising_chain([4, 4, 4]))
  end

  def test_case_04
    assert_equal([7], rising_chain([9, 8, 7]))
  end

  def test_case_05
    assert_equal([1, 2, 3], rising_chain([1, 2, 3]))
  end

  def test_case_06
    assert_equal([1, 2, 4, 5], rising_chain([3, 1, 2, 4, 0, 5]))
  end

  def test_case_07
    assert_equal([-3, -2, 0], rising_chain([-3, -1, -2, 0]))
  end

  def test_case_08
    assert_equal([1, 2, 4], rising_chain([1, 3, 3, 2, 4]))
  end

  def test_case_09
    assert_equal([1, 3, 4, 7], rising_chain([2, 1, 5, 3, 6, 4, 7]))
  end

  def test_case_10
    assert_equal([10, 20, 30], rising_chain([10, 20, 30, 1, 2]))
  end

  def test_case_11
    assert_equal([1, 2, 9], rising_chain([7, 1, 8, 2, 9]))
  end

  def test_case_12
    assert_equal([-18, -11, 0, 11, 14, 17, 18], rising_chain([-5, -13, 19, -18, 14, -3, 20, 2, -11, -20, 0, 17, 16, 11, -12, 14, -6, 10, 17, -12, 18, 12, -2, -15, 6, -10, -12, 17, -1, 12]))
  end

  def test_case_13
    assert_equal([1, 6, 44, 45, 57, 59, 73, 75, 76], rising_chain([52, 49, 19, 66, 25, 48, 1, 13, 49, 9, 6, 44, 82, 45, 98, 3, 3, 65, 60, 41, 87, 38, 57, 41, 15, 63, 59, 73, 79, 21, 19, 75, 66, 26, 55, 79, 43, 58, 76, 29]))
  end
end
