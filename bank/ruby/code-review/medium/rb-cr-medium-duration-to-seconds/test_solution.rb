require 'minitest/autorun'
require_relative 'solution'

class DurationToSecondsTest < Minitest::Test
  def test_case_01
    assert_equal(5400, duration_to_seconds("1h30m"))
  end

  def test_case_02
    assert_equal(45, duration_to_seconds("45s"))
  end

  def test_case_03
    assert_equal(172800, duration_to_seconds("2d"))
  end

  def test_case_04
    assert_equal(93784, duration_to_seconds("1d2h3m4s"))
  end

  def test_case_05
    assert_equal(5400, duration_to_seconds("90m"))
  end

  def test_case_06
    assert_equal(0, duration_to_seconds("0s"))
  end

  def test_case_07
    assert_equal(420, duration_to_seconds("007m"))
  end

  def test_case_08
    assert_equal(3601, duration_to_seconds("1h1s"))
  end

  def test_case_09
    assert_equal(36000, duration_to_seconds("10h0m"))
  end

  def test_case_10
    assert_equal(100, duration_to_seconds("100s"))
  end

  def test_case_11
    assert_equal(259259, duration_to_seconds("3d59s"))
  end

  def test_case_12
    assert_raises(ArgumentError) { duration_to_seconds("30m1h") }
  end

  def test_case_13
    assert_raises(ArgumentError) { duration_to_seconds("1h30") }
  end

  def test_case_14
    assert_raises(ArgumentError) { duration_to_seconds("1h 30m") }
  end
end
