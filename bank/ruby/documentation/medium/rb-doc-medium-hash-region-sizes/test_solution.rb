require 'minitest/autorun'
require_relative 'solution'

class RegionSizesTest < Minitest::Test
  def test_case_01
    assert_equal([3, 1], region_sizes(["\#\#.", "\#..", "..\#"]))
  end

  def test_case_02
    assert_equal([3, 2, 2, 1], region_sizes(["\#\#..\#\#", "......", "\#\#\#..\#"]))
  end

  def test_case_03
    assert_equal([], region_sizes([]))
  end

  def test_case_04
    assert_equal([], region_sizes(["..."]))
  end

  def test_case_05
    assert_equal([1], region_sizes(["\#"]))
  end

  def test_case_06
    assert_equal([1, 1, 1, 1, 1], region_sizes(["\#.\#", ".\#.", "\#.\#"]))
  end

  def test_case_07
    assert_equal([8], region_sizes(["\#\#\#", "\#.\#", "\#\#\#"]))
  end

  def test_case_08
    assert_equal([8], region_sizes(["\#..\#", "\#..\#", "\#\#\#\#"]))
  end

  def test_case_09
    assert_equal([5], region_sizes([".\#.", "\#\#\#", ".\#."]))
  end

  def test_case_10
    assert_equal([2, 1], region_sizes(["\#", "\#", ".", "\#"]))
  end

  def test_case_11
    assert_equal([1, 1, 1, 1], region_sizes(["\#.\#.\#.\#"]))
  end

  def test_case_12
    assert_equal([6, 4], region_sizes(["\#\#\#\#", "....", "\#..\#", "\#\#\#\#"]))
  end

  def test_case_13
    assert_equal([17], region_sizes(["\#\#\#\#\#", "....\#", "\#\#\#\#\#", "\#....", "\#\#\#\#\#"]))
  end
end
