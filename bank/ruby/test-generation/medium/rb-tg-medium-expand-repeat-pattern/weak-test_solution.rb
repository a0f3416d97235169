require 'minitest/autorun'
require_relative 'solution'

class ExpandPatternTest < Minitest::Test
  def test_case_01
    assert_equal("aaab", expand_pattern("a*3b"))
  end
end
