require 'minitest/autorun'
require_relative 'solution'

class HistogramBinsTest < Minitest::Test
  def test_case_01
    assert_equal([2, 1, 1], histogram_bins([1, 2, 11, 25], 10))
  end
end
