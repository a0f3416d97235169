require 'minitest/autorun'
require_relative 'solution'

class PercentChangeTest < Minitest::Test
  def test_case_01
    assert_in_delta(50.0, percent_change(50.0, 75.0), 1e-6)
  end

  def test_case_02
    assert_in_delta(-25.0, percent_change(200.0, 150.0), 1e-6)
  end

  def test_case_03
    assert_in_delta(0.0, percent_change(10.0, 10.0), 1e-6)
  end

  def test_case_04
    assert_in_delta(-100.0, percent_change(1.0, 0.0), 1e-6)
  end

  def test_case_05
    assert_in_delta(33.3333333333, percent_change(3.0, 4.0), 1e-6)
  end

  def test_case_06
    assert_in_delta(50.0, percent_change(-10.0, -5.0), 1e-6)
  end

  def test_case_07
    assert_in_delta(-100.0, percent_change(-10.0, -20.0), 1e-6)
  end

  def test_case_08
    assert_in_delta(200.0, percent_change(0.5, 1.5), 1e-6)
  end

  def test_case_09
    assert_in_delta(-37.5, percent_change(4.0, 2.5), 1e-6)
  end

  def test_case_10
    assert_in_delta(900.0, percent_change(100.0, 1000.0), 1e-6)
  end

  def test_case_11
    assert_in_delta(150.0, percent_change(-4.0, 2.0), 1e-6)
  end

  def test_case_12
    assert_raises(ArgumentError) { percent_change(0.0, 5.0) }
  end

  def test_case_13
    assert_raises(ArgumentError) { percent_change(0.0, 0.0) }
  end
end
