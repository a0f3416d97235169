require 'minitest/autorun'
require_relative 'solution'

class EvaluateExpressionTest < Minitest::Test
  def test_case_01
    assert_equal(7, evaluate_expression("1 + 2 * 3"))
  end

  def test_case_02
    assert_equal(9, evaluate_expression("(1 + 2) * 3"))
  end

  def test_case_03
    assert_equal(512, evaluate_expression("2 ^ 3 ^ 2"))
  end

  def test_case_04
    assert_equal(-4, evaluate_expression("-2^2"))
  end

  def test_case_05
    assert_equal(4, evaluate_expression("(-2)^2"))
  end

  def test_case_06
    assert_equal(-3, evaluate_expression("-7 / 2"))
  end

  def test_case_07
    assert_equal(-1, evaluate_expression("-7 % 2"))
  end

  def test_case_08
    assert_equal(1, evaluate_expression("7%-2"))
  end

  def test_case_09
    assert_equal(3, evaluate_expression("10 - 4 - 3"))
  end

  def test_case_10
    assert_equal(3, evaluate_expression("--3"))
  end

  def test_case_11
    assert_equal(100, evaluate_expression("100 / 7 * 7 + 100 % 7"))
  end

  def test_case_12
    assert_equal(-6, evaluate_expression("2*-3"))
  end

  def test_case_13
    assert_equal(42, evaluate_expression("  42  "))
  end

  def test_case_14
    assert_raises(ArgumentError) { evaluate_expression("1 / (3 - 3)") }
  end

  def test_case_15
    assert_raises(ArgumentError) { evaluate_expression("2 * (3 + 4") }
  end

  def test_case_16
    assert_raises(ArgumentError) { evaluate_expression("2 ^ -1") }
  end
end
