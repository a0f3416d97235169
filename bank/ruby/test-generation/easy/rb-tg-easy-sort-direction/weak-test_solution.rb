require 'minitest/autorun'
require_relative 'solution'

class SortDirectionTest < Minitest::Test
  def test_case_01
    assert_equal("ascending", sort_direction([1, 2, 2, 5]))
  end
end
