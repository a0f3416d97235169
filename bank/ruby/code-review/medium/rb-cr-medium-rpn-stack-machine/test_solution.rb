require 'minitest/autorun'
require_relative 'solution'

class RunPostfixTest < Minitest::Test
  def test_case_01
    assert_equal(14, run_postfix(["3", "4", "+", "2", "*"]))
  end

  def test_case_02
    assert_equal(25, run_postfix(["5", "dup", "*"]))
  end

  def test_case_03
    assert_equal(5, run_postfix(["2", "10", "swap", "/"]))
  end

  def test_case_04
    assert_equal(-3, run_postfix(["-7", "2", "/"]))
  end

  def test_case_05
    assert_equal(-3, run_postfix(["7", "-2", "/"]))
  end

  def test_case_06
    assert_equal(42, run_postfix(["42"]))
  end

  def test_case_07
    assert_equal(1, run_postfix(["1", "2", "drop"]))
  end

  def test_case_08
    assert_equal(343, run_postfix(["10", "3", "-", "dup", "dup", "*", "*"]))
  end

  def test_case_09
    assert_equal(12, run_postfix(["-3", "-4", "*"]))
  end

  def test_case_10
    assert_equal(-5, run_postfix(["0", "5", "-"]))
  end

  def test_case_11
    assert_equal(1, run_postfix(["1", "2", "3", "drop", "swap", "-"]))
  end

  def test_case_12
    assert_raises(ArgumentError) { run_postfix(["1", "+"]) }
  end

  def test_case_13
    assert_raises(ArgumentError) { run_postfix(["4", "0", "/"]) }
  end

  def test_case_14
    assert_raises(ArgumentError) { run_postfix(["1", "2"]) }
  end
end
