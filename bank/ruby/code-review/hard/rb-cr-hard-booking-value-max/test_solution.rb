require 'minitest/autorun'
require_relative 'solution'

class MaxBookingValueTest < Minitest::Test
  def test_case_01
    assert_equal(200, max_booking_value([[1, 3, 50], [3, 5, 20], [6, 19, 100], [2, 100, 200]]))
  end

  def test_case_02
    assert_equal(0, max_booking_value([]))
  end

  def test_case_03
    assert_equal(5, max_booking_value([[0, 10, 5]]))
  end

  def test_case_04
    assert_equal(9, max_booking_value([[0, 2, 3], [2, 4, 3], [4, 6, 3], [0, 6, 8]]))
  end

  def test_case_05
    assert_equal(12, max_booking_value([[0, 5, 10], [0, 2, 6], [3, 5, 6]]))
  end

  def test_case_06
    assert_equal(7, max_booking_value([[1, 2, 4], [1, 2, 7]]))
  end

  def test_case_07
    assert_equal(0, max_booking_value([[0, 1, 0]]))
  end

  def test_case_08
    assert_equal(12, max_booking_value([[0, 100, 10], [10, 20, 4], [30, 40, 4], [50, 60, 4]]))
  end

  def test_case_09
    assert_equal(6, max_booking_value([[5, 9, 4], [1, 9, 6], [7, 9, 3], [0, 5, 2]]))
  end

  def test_case_10
    assert_equal(6, max_booking_value([[-10, -2, 3], [-2, 4, 3], [-5, 0, 5]]))
  end

  def test_case_11
    assert_equal(150, max_booking_value([[15, 19, 13], [32, 41, 4], [32, 36, 25], [17, 25, 4], [35, 41, 11], [25, 34, 19], [34, 38, 4], [38, 47, 22], [9, 12, 4], [36, 37, 25], [2, 7, 25], [19, 22, 4], [17, 26, 22], [22, 25, 14], [10, 13, 22], [3, 6, 21]]))
  end

  def test_case_12
    assert_equal(31, max_booking_value([[2, 6, 8], [8, 9, 5], [3, 6, 9], [1, 5, 7], [2, 5, 3], [11, 12, 8], [0, 1, 2], [5, 8, 6], [12, 13, 3], [8, 10, 2], [6, 10, 4], [2, 4, 4]]))
  end
end
