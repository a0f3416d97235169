require 'minitest/autorun'
require_relative 'solution'

class TypoDistanceTest < Minitest::Test
  def test_case_01
    assert_equal(1, typo_distance("form", "from", { "delete" => 1, "insert" => 1, "replace" => 1, "swap" => 1 }))
  end
end
