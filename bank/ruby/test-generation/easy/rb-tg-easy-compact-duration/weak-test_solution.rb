require 'minitest/autorun'
require_relative 'solution'

class CompactDurationTest < Minitest::Test
  def test_case_01
    assert_equal("1h 1m 1s", compact_duration(3661))
  end
end
