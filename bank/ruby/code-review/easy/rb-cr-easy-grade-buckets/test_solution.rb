require 'minitest/autorun'
require_relative 'solution'

class GradeBucketsTest < Minitest::Test
  def test_case_01
    assert_equal({ "A" => 1, "B" => 1, "C" => 1, "D" => 1, "F" => 1 }, grade_buckets([95, 82, 71, 64, 12]))
  end

  def test_case_02
    assert_equal({ "A" => 0, "B" => 0, "C" => 0, "D" => 0, "F" => 0 }, grade_buckets([]))
  end

  def test_case_03
    assert_equal({ "A" => 2, "B" => 2, "C" => 0, "D" => 0, "F" => 0 }, grade_buckets([100, 90, 89, 80]))
  end

  def test_case_04
    assert_equal({ "A" => 0, "B" => 0, "C" => 2, "D" => 2, "F" => 2 }, grade_buckets([79, 70, 69, 60, 59, 0]))
  end

  def test_case_05
    assert_equal({ "A" => 0, "B" => 0, "C" => 0, "D" => 0, "F" => 3 }, grade_buckets([50, 50, 50]))
  end

  def test_case_06
    assert_equal({ "A" => 0, "B" => 0, "C" => 0, "D" => 0, "F" => 1 }, grade_buckets([0]))
  end

  def test_case_07
    assert_equal({ "A" => 1, "B" => 0, "C" => 0, "D" => 0, "F" => 0 }, grade_buckets([100]))
  end

  def test_case_08
    assert_equal({ "A" => 2, "B" => 1, "C" => 2, "D" => 1, "F" => 1 }, grade_buckets([88, 91, 77, 77, 61, 99, 35]))
  end

  def test_case_09
    assert_raises(ArgumentError) { grade_buckets([101]) }
  end

  def test_case_10
    assert_raises(ArgumentError) { grade_buckets([90, -1]) }
  end
end
