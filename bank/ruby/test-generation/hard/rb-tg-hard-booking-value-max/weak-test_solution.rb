require 'minitest/autorun'
require_relative 'solution'

class MaxBookingValueTest < Minitest::Test
  def test_case_01
    assert_equal(200, max_booking_value([[1, 3, 50], [3, 5, 20], [6, 19, 100], [2, 100, 200]]))
  end
end
