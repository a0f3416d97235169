require 'minitest/autorun'
require_relative 'solution'

class RunPostfixTest < Minitest::Test
  def test_case_01
    assert_equal(14, run_postfix(["3", "4", "+", "2", "*"]))
  end
end
