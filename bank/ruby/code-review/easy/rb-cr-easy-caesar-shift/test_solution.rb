require 'minitest/autorun'
require_relative 'solution'

class CaesarShiftTest < Minitest::Test
  def test_case_01
    assert_equal("bcd", caesar_shift("abc", 1))
  end

  def test_case_02
    assert_equal("Khoor, Zruog!", caesar_shift("Hello, World!", 3))
  end

  def test_case_03
    assert_equal("", caesar_shift("", 5))
  end

  def test_case_04
    assert_equal("abc", caesar_shift("xyz", 3))
  end

  def test_case_05
    assert_equal("ZAB", caesar_shift("ABC", -1))
  end

  def test_case_06
    assert_equal("abc", caesar_shift("abc", 26))
  end

  def test_case_07
    assert_equal("zab", caesar_shift("abc", -27))
  end

  def test_case_08
    assert_equal("c1 d2", caesar_shift("a1 b2", 2))
  end

  def test_case_09
    assert_equal("Aa", caesar_shift("Zz", 1))
  end

  def test_case_10
    assert_equal("Mixed Case", caesar_shift("Mixed Case", 0))
  end

  def test_case_11
    assert_equal("123 !?", caesar_shift("123 !?", 7))
  end

  def test_case_12
    assert_equal("uryyb", caesar_shift("hello", 65))
  end

  def test_case_13
    assert_equal("abc", caesar_shift("abc", -78))
  end
end
