require 'minitest/autorun'
require_relative 'solution'

class IsHexColorTest < Minitest::Test
  def test_case_01
    assert_equal(true, is_hex_color("\#fff"))
  end

  def test_case_02
    assert_equal(false, is_hex_color("\#12345g"))
  end

  def test_case_03
    assert_equal(false, is_hex_color(""))
  end

  def test_case_04
    assert_equal(false, is_hex_color("\#"))
  end

  def test_case_05
    assert_equal(true, is_hex_color("\#1A2b3C"))
  end

  def test_case_06
    assert_equal(false, is_hex_color("fff"))
  end

  def test_case_07
    assert_equal(false, is_hex_color("\#ffff"))
  end

  def test_case_08
    assert_equal(true, is_hex_color("\#000000"))
  end

  def test_case_09
    assert_equal(false, is_hex_color("\#\#fff"))
  end

  def test_case_10
    assert_equal(false, is_hex_color("\#abcdefa"))
  end

  def test_case_11
    assert_equal(true, is_hex_color("\#ABC"))
  end

  def test_case_12
    assert_equal(false, is_hex_color("\# fff"))
  end

  def test_case_13
    assert_equal(false, is_hex_color("\#12"))
  end

  def test_case_14
    assert_equal(false, is_hex_color("123456"))
  end
end
