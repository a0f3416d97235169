require 'minitest/autorun'
require_relative 'solution'

class AlternatingCapsTest < Minitest::Test
  def test_case_01
    assert_equal("HeLlO", alternating_caps("hello"))
  end

  def test_case_02
    assert_equal("HeLlO wOrLd", alternating_caps("HELLO WORLD"))
  end

  def test_case_03
    assert_equal("", alternating_caps(""))
  end

  def test_case_04
    assert_equal("123", alternating_caps("123"))
  end

  def test_case_05
    assert_equal("A", alternating_caps("a"))
  end

  def test_case_06
    assert_equal("Ab Cd", alternating_caps("ab cd"))
  end

  def test_case_07
    assert_equal("X-y-Z", alternating_caps("x-y-z"))
  end

  def test_case_08
    assert_equal("A1b2C3", alternating_caps("a1b2c3"))
  end

  def test_case_09
    assert_equal("   ", alternating_caps("   "))
  end

  def test_case_10
    assert_equal("Zz", alternating_caps("zZ"))
  end

  def test_case_11
    assert_equal("It'S oK", alternating_caps("it's ok"))
  end
end
