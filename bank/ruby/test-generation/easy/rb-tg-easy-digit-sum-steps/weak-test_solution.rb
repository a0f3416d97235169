require 'minitest/autorun'
require_relative 'solution'

class DigitSumStepsTest < Minitest::Test
  def test_case_01
    assert_equal(3, digit_sum_steps(9875))
  end
end
