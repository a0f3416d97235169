require 'minitest/autorun'
require_relative 'solution'

class GradeBucketsTest < Minitest::Test
  def test_case_01
    assert_equal({ "A" => 1, "B" => 1, "C" => 1, "D" => 1, "F" => 1 }, grade_buckets([95, 82, 71, 64, 12]))
  end
end
