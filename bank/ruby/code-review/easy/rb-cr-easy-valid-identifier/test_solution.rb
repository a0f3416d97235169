require 'minitest/autorun'
require_relative 'solution'

class IsValidIdentifierTest < Minitest::Test
  def test_case_01
    assert_equal(true, is_valid_identifier("user_name"))
  end

  def test_case_02
    assert_equal(false, is_valid_identifier("2fast"))
  end

  def test_case_03
    assert_equal(false, is_valid_identifier(""))
  end

  def test_case_04
    assert_equal(true, is_valid_identifier("_"))
  end

  def test_case_05
    assert_equal(true, is_valid_identifier("a"))
  end

  def test_case_06
    assert_equal(false, is_valid_identifier("has space"))
  end

  def test_case_07
    assert_equal(false, is_valid_identifier("dash-ed"))
  end

  def test_case_08
    assert_equal(true, is_valid_identifier("CamelCase9"))
  end

  def test_case_09
    assert_equal(true, is_valid_identifier("abcdefghijabcdefghijabcdefghij"))
  end

  def test_case_10
    assert_equal(false, is_valid_identifier("abcdefghijabcdefghijabcdefghijk"))
  end

  def test_case_11
    assert_equal(true, is_valid_identifier("_9"))
  end

  def test_case_12
    assert_equal(false, is_valid_identifier("x.y"))
  end

  def test_case_13
    assert_equal(false, is_valid_identifier("9"))
  end

  def test_case_14
    assert_equal(false, is_valid_identifier("ok!"))
  end
end
