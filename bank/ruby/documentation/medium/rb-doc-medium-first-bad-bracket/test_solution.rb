require 'minitest/autorun'
require_relative 'solution'

class FirstBadBracketTest < Minitest::Test
  def test_case_01
    assert_equal(-1, first_bad_bracket("a(b[c]d)e"))
  end

  def test_case_02
    assert_equal(1, first_bad_bracket("(]"))
  end

  def test_case_03
    assert_equal(-1, first_bad_bracket(""))
  end

  def test_case_04
    assert_equal(-1, first_bad_bracket("no brackets"))
  end

  def test_case_05
    assert_equal(0, first_bad_bracket(")"))
  end

  def test_case_06
    assert_equal(0, first_bad_bracket("(("))
  end

  def test_case_07
    assert_equal(0, first_bad_bracket("(()"))
  end

  def test_case_08
    assert_equal(2, first_bad_bracket("()("))
  end

  def test_case_09
    assert_equal(6, first_bad_bracket("{[()]}}"))
  end

  def test_case_10
    assert_equal(2, first_bad_bracket("([)]"))
  end

  def test_case_11
    assert_equal(1, first_bad_bracket("x{y[z]"))
  end

  def test_case_12
    assert_equal(-1, first_bad_bracket("[]{}()"))
  end

  def test_case_13
    assert_equal(4, first_bad_bracket("(a{b)c}"))
  end

  def test_case_14
    assert_equal(2, first_bad_bracket("{}[("))
  end

  def test_case_15
    assert_equal(2, first_bad_bracket("((]"))
  end
end
