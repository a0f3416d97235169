require 'minitest/autorun'
require_relative 'solution'

class RegionSizesTest < Minitest::Test
  def test_case_01
    assert_equal([3, 1], region_sizes(["\#\#.", "\#..", "..\#"]))
  end
end
