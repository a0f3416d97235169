require 'minitest/autorun'
require_relative 'solution'

class FirstBadBracketTest < Minitest::Test
  def test_case_01
    assert_equal(-1, first_bad_bracket("a(b[c]d)e"))
  end
end
