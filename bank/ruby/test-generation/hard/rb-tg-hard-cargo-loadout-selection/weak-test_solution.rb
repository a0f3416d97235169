require 'minitest/autorun'
require_relative 'solution'

class ChooseCargoTest < Minitest::Test
  def test_case_01
    assert_equal([0, 2], choose_cargo([3, 4, 5], [30, 50, 60], 8))
  end
end
