require 'minitest/autorun'
require_relative 'solution'

class ConvertBaseTest < Minitest::Test
  def test_case_01
    assert_equal("ff", convert_base("255", 10, 16))
  end

  def test_case_02
    assert_equal("11111111", convert_base("ff", 16, 2))
  end

  def test_case_03
    assert_equal("255", convert_base("FF", 16, 10))
  end

  def test_case_04
    assert_equal("-10", convert_base("-1010", 2, 10))
  end

  def test_case_05
    assert_equal("0", convert_base("0", 10, 2))
  end

  def test_case_06
    assert_equal("0", convert_base("-0", 10, 7))
  end

  def test_case_07
    assert_equal("123", convert_base("000123", 10, 10))
  end

  def test_case_08
    assert_equal("35", convert_base("z", 36, 10))
  end

  def test_case_09
    assert_equal("z", convert_base("35", 10, 36))
  end

  def test_case_10
    assert_equal("lfls", convert_base("1000000", 10, 36))
  end

  def test_case_11
    assert_equal("1fffffffffffff", convert_base("9007199254740991", 10, 16))
  end

  def test_case_12
    assert_equal("110", convert_base("12", 10, 3))
  end

  def test_case_13
    assert_raises(ArgumentError) { convert_base("12", 1, 10) }
  end

  def test_case_14
    assert_raises(ArgumentError) { convert_base("19", 8, 10) }
  end

  def test_case_15
    assert_raises(ArgumentError) { convert_base("-", 10, 2) }
  end
end
