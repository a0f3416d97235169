require 'minitest/autorun'
require_relative 'solution'

class TrimmedMeanTest < Minitest::Test
  def test_case_01
    assert_in_delta(2.5, trimmed_mean([1.0, 2.0, 3.0, 4.0]), 1e-6)
  end
end
