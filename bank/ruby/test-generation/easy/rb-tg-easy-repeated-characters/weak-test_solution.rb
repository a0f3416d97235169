require 'minitest/autorun'
require_relative 'solution'

class RepeatedCharactersTest < Minitest::Test
  def test_case_01
    assert_equal("rgm", repeated_characters("programming"))
  end
end
