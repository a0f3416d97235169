require 'minitest/autorun'
require_relative 'solution'

class LongestWordTest < Minitest::Test
  def test_case_01
    assert_equal("quick", longest_word("the quick brown fox"))
  end

  def test_case_02
    assert_equal("ccc", longest_word("a bb ccc"))
  end

  def test_case_03
    assert_equal("", longest_word(""))
  end

  def test_case_04
    assert_equal("", longest_word("   "))
  end

  def test_case_05
    assert_equal("single", longest_word("single"))
  end

  def test_case_06
    assert_equal("trail", longest_word("  lead trail  "))
  end

  def test_case_07
    assert_equal("ab", longest_word("ab cd"))
  end

  def test_case_08
    assert_equal("yy", longest_word("x yy zz"))
  end

  def test_case_09
    assert_equal("there!", longest_word("hi, there!"))
  end

  def test_case_10
    assert_equal("three", longest_word("one  two   three"))
  end

  def test_case_11
    assert_equal("aaa", longest_word("aaa bbb c"))
  end

  def test_case_12
    assert_equal("a", longest_word("a"))
  end
end
