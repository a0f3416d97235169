require 'minitest/autorun'
require_relative 'solution'

class AssignRoomsTest < Minitest::Test
  def test_case_01
    assert_equal([0, 1, 1], assign_rooms([[0, 30], [5, 10], [15, 20]]))
  end
end
