require 'minitest/autorun'
require_relative 'solution'

class RunLengthListTest < Minitest::Test
  def test_case_01
    assert_equal([[1, 2], [2, 1], [3, 3]], run_length_list([1, 1, 2, 3, 3, 3]))
  end
end
