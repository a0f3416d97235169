require 'minitest/autorun'
require_relative 'solution'

class ParseKeyValuesTest < Minitest::Test
  def test_case_01
    assert_equal({ "a" => 1, "b" => 2 }, parse_key_values("a=1;b=2"))
  end
end
