require 'minitest/autorun'
require_relative 'solution'

class WeightedCheckDigitTest < Minitest::Test
  def test_case_01
    assert_equal(6, weighted_check_digit("305"))
  end
end
