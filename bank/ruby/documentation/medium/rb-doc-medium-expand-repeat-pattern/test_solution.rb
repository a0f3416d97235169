require 'minitest/autorun'
require_relative 'solution'

class ExpandPatternTest < Minitest::Test
  def test_case_01
    assert_equal("aaab", expand_pattern("a*3b"))
  end

  def test_case_02
    assert_equal("ababc", expand_pattern("(ab)*2c"))
  end

  def test_case_03
    assert_equal("", expand_pattern(""))
  end

  def test_case_04
    assert_equal("abc", expand_pattern("abc"))
  end

  def test_case_05
    assert_equal("abcbcabcbc", expand_pattern("(a(bc)*2)*2"))
  end

  def test_case_06
    assert_equal("y", expand_pattern("x*0y"))
  end

  def test_case_07
    assert_equal("", expand_pattern("(ab)*0"))
  end

  def test_case_08
    assert_equal("a", expand_pattern("()*5a"))
  end

  def test_case_09
    assert_equal("a", expand_pattern("(a)"))
  end

  def test_case_10
    assert_equal("aaaaaaaaaa", expand_pattern("a*10"))
  end

  def test_case_11
    assert_equal("zzzzzz", expand_pattern("((z)*2)*3"))
  end

  def test_case_12
    assert_equal("qrrsrrst", expand_pattern("q(r*2s)*2t"))
  end

  def test_case_13
    assert_equal("ab", expand_pattern("a*1b*01"))
  end

  def test_case_14
    assert_equal("xxyyyz", expand_pattern("(x)*2(y*3)z"))
  end
end
