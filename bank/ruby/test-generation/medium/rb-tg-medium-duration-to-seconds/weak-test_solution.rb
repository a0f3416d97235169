require 'minitest/autorun'
require_relative 'solution'

class DurationToSecondsTest < Minitest::Test
  def test_case_01
    assert_equal(5400, duration_to_seconds("1h30m"))
  end
end
