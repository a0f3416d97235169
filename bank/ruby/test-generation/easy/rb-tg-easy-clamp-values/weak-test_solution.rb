require 'minitest/autorun'
require_relative 'solution'

class ClampValuesTest < Minitest::Test
  def test_case_01
    assert_equal([3, 5, 7], clamp_values([1, 5, 10], 3, 7))
  end
end
