require 'minitest/autorun'
require_relative 'solution'

class SatisfiesTest < Minitest::Test
  def test_case_01
    assert_equal(true, satisfies("1.4.2", ">=1.2.0 <2.0.0"))
  end

  def test_case_02
    assert_equal(false, satisfies("2.0.0", ">=1.2.0 <2.0.0"))
  end

  def test_case_03
    assert_equal(true, satisfies("1.2.0", ">=1.2.0"))
  end

  def test_case_04
    assert_equal(true, satisfies("1.10.0", ">1.9.9"))
  end

  def test_case_05
    assert_equal(false, satisfies("1.10.0", "<1.9.0"))
  end

  def test_case_06
    assert_equal(true, satisfies("3.0.0", "=3.0.0"))
  end

  def test_case_07
    assert_equal(false, satisfies("3.0.1", "=3.0.0"))
  end

  def test_case_08
    assert_equal(true, satisfies("0.5.0", "<0.1.0 || >=0.5.0"))
  end

  def test_case_09
    assert_equal(false, satisfies("0.3.0", "<0.1.0 || >=0.5.0"))
  end

  def test_case_10
    assert_equal(true, satisfies("2.1.0", ">=1.0.0 <2.0.0||>=2.1.0 <=2.1.0"))
  end

  def test_case_11
    assert_equal(false, satisfies("1.0.0", ">1.0.0 <1.0.0"))
  end

  def test_case_12
    assert_equal(false, satisfies("10.0.0", "<=9.99.99"))
  end

  def test_case_13
    assert_equal(true, satisfies("0.0.0", "<=0.0.0 >=0.0.0"))
  end

  def test_case_14
    assert_equal(true, satisfies("1.2.3", "  >1.2.2   <1.2.4  "))
  end

  def test_case_15
    assert_equal(false, satisfies("1.2.3", "<1.2.3 || >1.2.3 || =1.2.4"))
  end
end
