require 'minitest/autorun'
require_relative 'solution'

class CompactDurationTest < Minitest::Test
  def test_case_01
    assert_equal("1h 1m 1s", compact_duration(3661))
  end

  def test_case_02
    assert_equal("1d 1h 1m 1s", compact_duration(90061))
  end

  def test_case_03
    assert_equal("0s", compact_duration(0))
  end

  def test_case_04
    assert_equal("59s", compact_duration(59))
  end

  def test_case_05
    assert_equal("1m", compact_duration(60))
  end

  def test_case_06
    assert_equal("1h", compact_duration(3600))
  end

  def test_case_07
    assert_equal("1d", compact_duration(86400))
  end

  def test_case_08
    assert_equal("1d 1s", compact_duration(86401))
  end

  def test_case_09
    assert_equal("2h 5m", compact_duration(7500))
  end

  def test_case_10
    assert_equal("11d 13h 46m 40s", compact_duration(1000000))
  end

  def test_case_11
    assert_equal("59m 59s", compact_duration(3599))
  end

  def test_case_12
    assert_equal("2d 59s", compact_duration(172859))
  end

  def test_case_13
    assert_raises(ArgumentError) { compact_duration(-1) }
  end

  def test_case_14
    assert_raises(ArgumentError) { compact_duration(-3600) }
  end
end
