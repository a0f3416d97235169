require 'minitest/autorun'
require_relative 'solution'

class MeanAbsoluteDeviationTest < Minitest::Test
  def test_case_01
    assert_in_delta(1.0, mean_absolute_deviation([1, 2, 3, 4]), 1e-6)
  end
end
