require 'minitest/autorun'
require_relative 'solution'

class CoveredAtLeastTest < Minitest::Test
  def test_case_01
    assert_equal(4, covered_at_least([[1, 5], [2, 7], [6, 9]], 2))
  end
end
