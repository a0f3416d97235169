require 'minitest/autorun'
require_relative 'solution'

class PrefixTallyTest < Minitest::Test
  def test_case_01
    assert_equal([3, 2, 2, 0], prefix_tally(["add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog"]))
  end
end
