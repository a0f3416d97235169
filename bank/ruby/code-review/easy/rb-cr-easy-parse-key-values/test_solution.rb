require 'minitest/autorun'
require_relative 'solution'

class ParseKeyValuesTest < Minitest::Test
  def test_case_01
    assert_equal({ "a" => 1, "b" => 2 }, parse_key_values("a=1;b=2"))
  end

  def test_case_02
    assert_equal({ "height" => -3, "width" => 40 }, parse_key_values(" width = 40 ; height=-3 "))
  end

  def test_case_03
    assert_equal({}, parse_key_values(""))
  end

  def test_case_04
    assert_equal({}, parse_key_values("   "))
  end

  def test_case_05
    assert_equal({ "x" => 2 }, parse_key_values("x=1;x=2"))
  end

  def test_case_06
    assert_equal({ "n" => 0 }, parse_key_values("n=0"))
  end

  def test_case_07
    assert_equal({ "big" => 9007199254740991 }, parse_key_values("big=9007199254740991"))
  end

  def test_case_08
    assert_equal({ "a b" => 5 }, parse_key_values("a b=5"))
  end

  def test_case_09
    assert_equal({ "k" => 7, "m" => -10 }, parse_key_values("k=007;m=-10"))
  end

  def test_case_10
    assert_raises(ArgumentError) { parse_key_values("a=1;b") }
  end

  def test_case_11
    assert_raises(ArgumentError) { parse_key_values("=5") }
  end

  def test_case_12
    assert_raises(ArgumentError) { parse_key_values("a=12x") }
  end
end
