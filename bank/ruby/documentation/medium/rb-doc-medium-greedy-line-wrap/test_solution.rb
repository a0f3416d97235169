require 'minitest/autorun'
require_relative 'solution'

class WrapWordsTest < Minitest::Test
  def test_case_01
    assert_equal(["the quick", "brown fox"], wrap_words("the quick brown fox", 10))
  end

  def test_case_02
    assert_equal(["tiny", "enormousword", "x"], wrap_words("tiny enormousword x", 6))
  end

  def test_case_03
    assert_equal([], wrap_words("", 5))
  end

  def test_case_04
    assert_equal([], wrap_words("   ", 3))
  end

  def test_case_05
    assert_equal(["hello"], wrap_words("hello", 5))
  end

  def test_case_06
    assert_equal(["hello"], wrap_words("hello", 3))
  end

  def test_case_07
    assert_equal(["a b", "c d"], wrap_words("a b c d", 3))
  end

  def test_case_08
    assert_equal(["lots of", "space"], wrap_words("  lots   of    space  ", 8))
  end

  def test_case_09
    assert_equal(["aa bb", "cc"], wrap_words("aa bb cc", 5))
  end

  def test_case_10
    assert_equal(["aa", "bb", "cc"], wrap_words("aa bb cc", 4))
  end

  def test_case_11
    assert_equal(["one two three", "four five six"], wrap_words("one two three four five six", 14))
  end

  def test_case_12
    assert_equal(["x", "y"], wrap_words("x y", 1))
  end

  def test_case_13
    assert_equal(["ab cd ef"], wrap_words("ab cd ef", 100))
  end

  def test_case_14
    assert_equal(["go", "longwordhere", "ok no"], wrap_words("go longwordhere ok no", 5))
  end
end
