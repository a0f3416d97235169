require 'minitest/autorun'
require_relative 'solution'

class IsValidIdentifierTest < Minitest::Test
  def test_case_01
    assert_equal(true, is_valid_identifier("user_name"))
  end
end
