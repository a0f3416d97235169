require 'minitest/autorun'
require_relative 'solution'

class VowelsPerWordTest < Minitest::Test
  def test_case_01
    assert_equal([2, 1], vowels_per_word("hello world"))
  end

  def test_case_02
    assert_equal([0, 1, 2], vowels_per_word("rhythm and blues"))
  end

  def test_case_03
    assert_equal([], vowels_per_word(""))
  end

  def test_case_04
    assert_equal([], vowels_per_word("   "))
  end

  def test_case_05
    assert_equal([0], vowels_per_word("Sky"))
  end

  def test_case_06
    assert_equal([5, 5], vowels_per_word("AEIOU aeiou"))
  end

  def test_case_07
    assert_equal([1, 0], vowels_per_word("  a  b  "))
  end

  def test_case_08
    assert_equal([4], vowels_per_word("queue"))
  end

  def test_case_09
    assert_equal([0], vowels_per_word("x"))
  end

  def test_case_10
    assert_equal([1, 1, 3], vowels_per_word("It's a test-case!"))
  end

  def test_case_11
    assert_equal([1], vowels_per_word("Yay"))
  end

  def test_case_12
    assert_equal([2, 2, 0], vowels_per_word("OOPS oops 42"))
  end
end
