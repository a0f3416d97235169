require 'minitest/autorun'
require_relative 'solution'

class TruncateTextTest < Minitest::Test
  def test_case_01
    assert_equal("Hello...", truncate_text("Hello, world", 8))
  end

  def test_case_02
    assert_equal("short", truncate_text("short", 10))
  end

  def test_case_03
    assert_equal("", truncate_text("", 3))
  end

  def test_case_04
    assert_equal("abc", truncate_text("abc", 3))
  end

  def test_case_05
    assert_equal("...", truncate_text("abcd", 3))
  end

  def test_case_06
    assert_equal("ab...", truncate_text("abcdef", 5))
  end

  def test_case_07
    assert_equal("exact", truncate_text("exact", 5))
  end

  def test_case_08
    assert_equal("exa...", truncate_text("exactly", 6))
  end

  def test_case_09
    assert_equal(" ...", truncate_text("  spaced  ", 4))
  end

  def test_case_10
    assert_equal("a", truncate_text("a", 100))
  end

  def test_case_11
    assert_raises(ArgumentError) { truncate_text("abc", 2) }
  end

  def test_case_12
    assert_raises(ArgumentError) { truncate_text("", 0) }
  end

  def test_case_13
    assert_raises(ArgumentError) { truncate_text("x", -1) }
  end
end
