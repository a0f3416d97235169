require 'minitest/autorun'
require_relative 'solution'

class PercentChangeTest < Minitest::Test
  def test_case_01
    assert_in_delta(50.0, percent_change(50.0, 75.0), 1e-6)
  end
end
