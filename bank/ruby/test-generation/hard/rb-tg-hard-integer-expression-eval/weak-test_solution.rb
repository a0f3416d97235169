require 'minitest/autorun'
require_relative 'solution'

class EvaluateExpressionTest < Minitest::Test
  def test_case_01
    assert_equal(7, evaluate_expression("1 + 2 * 3"))
  end
end
