require 'minitest/autorun'
require_relative 'solution'

class CountSignChangesTest < Minitest::Test
  def test_case_01
    assert_equal(2, count_sign_changes([1, -1, 1]))
  end
end
