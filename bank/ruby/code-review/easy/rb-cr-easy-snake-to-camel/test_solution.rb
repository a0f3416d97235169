require 'minitest/autorun'
require_relative 'solution'

class SnakeToCamelTest < Minitest::Test
  def test_case_01
    assert_equal("userId", snake_to_camel("user_id"))
  end

  def test_case_02
    assert_equal("getHttpResponse", snake_to_camel("get_http_response"))
  end

  def test_case_03
    assert_equal("", snake_to_camel(""))
  end

  def test_case_04
    assert_equal("", snake_to_camel("___"))
  end

  def test_case_05
    assert_equal("name", snake_to_camel("name"))
  end

  def test_case_06
    assert_equal("privateValue", snake_to_camel("_private_value"))
  end

  def test_case_07
    assert_equal("doubleUnder", snake_to_camel("double__under"))
  end

  def test_case_08
    assert_equal("trailing", snake_to_camel("trailing_"))
  end

  def test_case_09
    assert_equal("shoutCase", snake_to_camel("SHOUT_CASE"))
  end

  def test_case_10
    assert_equal("aBC", snake_to_camel("a_b_c"))
  end

  def test_case_11
    assert_equal("version2Beta", snake_to_camel("version_2_beta"))
  end

  def test_case_12
    assert_equal("mixedCaseWords", snake_to_camel("Mixed_CASE_words"))
  end
end
