require 'minitest/autorun'
require_relative 'solution'

class WordLengthHistogramTest < Minitest::Test
  def test_case_01
    assert_equal({ "1" => 1, "2" => 1, "3" => 4 }, word_length_histogram("the cat sat on a mat"))
  end

  def test_case_02
    assert_equal({ "1" => 1, "3" => 1, "4" => 1 }, word_length_histogram("don't stop"))
  end

  def test_case_03
    assert_equal({}, word_length_histogram(""))
  end

  def test_case_04
    assert_equal({}, word_length_histogram("123 !!"))
  end

  def test_case_05
    assert_equal({ "5" => 1 }, word_length_histogram("hello"))
  end

  def test_case_06
    assert_equal({ "1" => 3 }, word_length_histogram("a-b-c"))
  end

  def test_case_07
    assert_equal({ "11" => 1, "5" => 1 }, word_length_histogram("Mississippi river"))
  end

  def test_case_08
    assert_equal({ "4" => 3 }, word_length_histogram("well,well,WELL"))
  end

  def test_case_09
    assert_equal({ "1" => 1 }, word_length_histogram("  x  "))
  end

  def test_case_10
    assert_equal({ "3" => 3, "4" => 2, "5" => 1 }, word_length_histogram("one two three four five six"))
  end

  def test_case_11
    assert_equal({ "3" => 2 }, word_length_histogram("abc123def"))
  end
end
