require 'minitest/autorun'
require_relative 'solution'

class AlternatingCapsTest < Minitest::Test
  def test_case_01
    assert_equal("HeLlO", alternating_caps("hello"))
  end
end
