require 'minitest/autorun'
require_relative 'solution'

class PasswordRuleFailuresTest < Minitest::Test
  def test_case_01
    assert_equal([], password_rule_failures("Secret123"))
  end

  def test_case_02
    assert_equal(["length", "upper", "digit"], password_rule_failures("secret"))
  end

  def test_case_03
    assert_equal(["length", "upper", "lower", "digit"], password_rule_failures(""))
  end

  def test_case_04
    assert_equal(["lower", "digit"], password_rule_failures("ABCDEFGH"))
  end

  def test_case_05
    assert_equal([], password_rule_failures("Abcdefg1"))
  end

  def test_case_06
    assert_equal(["length"], password_rule_failures("Abcdef1"))
  end

  def test_case_07
    assert_equal(["space"], password_rule_failures("Pass word 99"))
  end

  def test_case_08
    assert_equal(["upper", "lower"], password_rule_failures("12345678"))
  end

  def test_case_09
    assert_equal(["length", "upper", "lower", "digit", "space"], password_rule_failures(" "))
  end

  def test_case_10
    assert_equal(["length"], password_rule_failures("aB3"))
  end

  def test_case_11
    assert_equal(["upper", "digit", "space"], password_rule_failures("lowercase only"))
  end

  def test_case_12
    assert_equal(["upper", "lower", "digit"], password_rule_failures("!!!!!!!!"))
  end
end
