require 'minitest/autorun'
require_relative 'solution'

class CaesarShiftTest < Minitest::Test
  def test_case_01
    assert_equal("bcd", caesar_shift("abc", 1))
  end
end
