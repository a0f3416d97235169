require 'minitest/autorun'
require_relative 'solution'

class EvaluateFilterTest < Minitest::Test
  def test_case_01
    assert_equal(true, evaluate_filter("a and not b", { "a" => true, "b" => false }))
  end
end
