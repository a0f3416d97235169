require 'minitest/autorun'
require_relative 'solution'

class FreeSlotsTest < Minitest::Test
  def test_case_01
    assert_equal([[8, 9], [10, 12], [13, 17]], free_slots([[9, 10], [12, 13]], 8, 17, 1))
  end
end
