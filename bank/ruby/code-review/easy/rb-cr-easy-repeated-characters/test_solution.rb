require 'minitest/autorun'
require_relative 'solution'

class RepeatedCharactersTest < Minitest::Test
  def test_case_01
    assert_equal("rgm", repeated_characters("programming"))
  end

  def test_case_02
    assert_equal("an", repeated_characters("banana"))
  end

  def test_case_03
    assert_equal("", repeated_characters("abc"))
  end

  def test_case_04
    assert_equal("", repeated_characters(""))
  end

  def test_case_05
    assert_equal("a", repeated_characters("aa"))
  end

  def test_case_06
    assert_equal("", repeated_characters("aA"))
  end

  def test_case_07
    assert_equal(" ", repeated_characters("a b c"))
  end

  def test_case_08
    assert_equal("123", repeated_characters("112233"))
  end

  def test_case_09
    assert_equal("abc", repeated_characters("abcabc"))
  end

  def test_case_10
    assert_equal("z", repeated_characters("zzzz"))
  end

  def test_case_11
    assert_equal("lo", repeated_characters("hello world"))
  end

  def test_case_12
    assert_equal("isp", repeated_characters("Mississippi"))
  end
end
