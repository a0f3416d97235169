require 'minitest/autorun'
require_relative 'solution'

class LetterFrequencyTest < Minitest::Test
  def test_case_01
    assert_equal({ "e" => 1, "h" => 1, "l" => 2, "o" => 1 }, letter_frequency("Hello"))
  end

  def test_case_02
    assert_equal({ "a" => 3, "b" => 2 }, letter_frequency("AaBb a"))
  end

  def test_case_03
    assert_equal({}, letter_frequency(""))
  end

  def test_case_04
    assert_equal({}, letter_frequency("123 !?"))
  end

  def test_case_05
    assert_equal({ "z" => 1 }, letter_frequency("z"))
  end

  def test_case_06
    assert_equal({ "z" => 4 }, letter_frequency("Zz-Zz"))
  end

  def test_case_07
    assert_equal({ "a" => 1, "c" => 1, "e" => 1, "h" => 1, "t" => 2 }, letter_frequency("The cat"))
  end

  def test_case_08
    assert_equal({ "a" => 5 }, letter_frequency("aaaaa"))
  end

  def test_case_09
    assert_equal({ "a" => 1, "b" => 1, "c" => 1 }, letter_frequency("A1b2C3"))
  end

  def test_case_10
    assert_equal({ "i" => 4, "m" => 1, "p" => 2, "s" => 4 }, letter_frequency("Mississippi"))
  end

  def test_case_11
    assert_equal({}, letter_frequency("   "))
  end

  def test_case_12
    assert_equal({ "x" => 2, "y" => 2, "z" => 2 }, letter_frequency("XyZ xYz"))
  end
end
