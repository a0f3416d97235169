require 'minitest/autorun'
require_relative 'solution'

class EvaluateFilterTest < Minitest::Test
  def test_case_01
    assert_equal(true, evaluate_filter("a and not b", { "a" => true, "b" => false }))
  end

  def test_case_02
    assert_equal(true, evaluate_filter("a or b and c", { "a" => true, "b" => false, "c" => false }))
  end

  def test_case_03
    assert_equal(false, evaluate_filter("(a or b) and c", { "a" => true, "b" => false, "c" => false }))
  end

  def test_case_04
    assert_equal(false, evaluate_filter("not not x", { "x" => false }))
  end

  def test_case_05
    assert_equal(true, evaluate_filter("true and false or true", {}))
  end

  def test_case_06
    assert_equal(false, evaluate_filter("not (a and b) or c", { "a" => true, "b" => true, "c" => false }))
  end

  def test_case_07
    assert_equal(false, evaluate_filter("TRUE", { "TRUE" => false }))
  end

  def test_case_08
    assert_equal(true, evaluate_filter("x_1 and _y", { "_y" => true, "x_1" => true }))
  end

  def test_case_09
    assert_equal(false, evaluate_filter("not a and b", { "a" => false, "b" => false }))
  end

  def test_case_10
    assert_equal(true, evaluate_filter("((flag))", { "flag" => true }))
  end

  def test_case_11
    assert_equal(false, evaluate_filter("a or b or c", { "a" => false, "b" => false, "c" => false }))
  end

  def test_case_12
    assert_equal(true, evaluate_filter("false or not (p and (q or not r))", { "p" => true, "q" => false, "r" => true, "unused" => false }))
  end

  def test_case_13
    assert_raises(ArgumentError) { evaluate_filter("a or missing", { "a" => true }) }
  end

  def test_case_14
    assert_raises(ArgumentError) { evaluate_filter("a and", { "a" => true }) }
  end

  def test_case_15
    assert_raises(ArgumentError) { evaluate_filter("(a or b", { "a" => true, "b" => true }) }
  end
end
