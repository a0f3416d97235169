require 'minitest/autorun'
require_relative 'solution'

class SnakeToCamelTest < Minitest::Test
  def test_case_01
    assert_equal("userId", snake_to_camel("user_id"))
  end
end
