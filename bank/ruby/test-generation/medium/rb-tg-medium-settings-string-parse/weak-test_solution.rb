require 'minitest/autorun'
require_relative 'solution'

class ParseSettingsTest < Minitest::Test
  def test_case_01
    assert_equal({ "a" => "1", "b" => "two", "c" => "" }, parse_settings("a=1; b = two ;c="))
  end
end
