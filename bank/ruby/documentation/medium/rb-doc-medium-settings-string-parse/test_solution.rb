require 'minitest/autorun'
require_relative 'solution'

class ParseSettingsTest < Minitest::Test
  def test_case_01
    assert_equal({ "a" => "1", "b" => "two", "c" => "" }, parse_settings("a=1; b = two ;c="))
  end

  def test_case_02
    assert_equal({ "x" => "2" }, parse_settings("x=1;x=2"))
  end

  def test_case_03
    assert_equal({}, parse_settings(""))
  end

  def test_case_04
    assert_equal({}, parse_settings(" ; ;"))
  end

  def test_case_05
    assert_equal({ "url" => "http://h/?q=1" }, parse_settings("url=http://h/?q=1"))
  end

  def test_case_06
    assert_equal({ "Name" => "A", "name" => "B" }, parse_settings("Name=A;name=B"))
  end

  def test_case_07
    assert_equal({ "k" => "spaced value" }, parse_settings("k = spaced value "))
  end

  def test_case_08
    assert_equal({ "a" => "1", "b" => "2" }, parse_settings("a=1;;b=2;"))
  end

  def test_case_09
    assert_equal({ "key" => "=" }, parse_settings("  key  =  =  "))
  end

  def test_case_10
    assert_equal({ "empty" => "" }, parse_settings("empty="))
  end

  def test_case_11
    assert_equal({ "level" => "3", "mode" => "safe" }, parse_settings("mode=fast;level=3;mode=safe"))
  end

  def test_case_12
    assert_raises(ArgumentError) { parse_settings("a=1;b") }
  end

  def test_case_13
    assert_raises(ArgumentError) { parse_settings("=5") }
  end

  def test_case_14
    assert_raises(ArgumentError) { parse_settings("a=1; =2") }
  end
end
