require 'minitest/autorun'
require_relative 'solution'

class PasswordRuleFailuresTest < Minitest::Test
  def test_case_01
    assert_equal([], password_rule_failures("Secret123"))
  end
end
