require 'minitest/autorun'
require_relative 'solution'

class CheapestSplitTest < Minitest::Test
  def test_case_01
    assert_equal(["cat", "sand"], cheapest_split("catsand", { "and" => 2, "cat" => 3, "cats" => 4, "sand" => 2 }))
  end
end
