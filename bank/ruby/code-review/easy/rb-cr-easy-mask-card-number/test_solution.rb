require 'minitest/autorun'
require_relative 'solution'

class MaskCardNumberTest < Minitest::Test
  def test_case_01
    assert_equal("************1111", mask_card_number("4111111111111111", 4))
  end

  def test_case_02
    assert_equal("****-****-****-1234", mask_card_number("4111-1111-1111-1234", 4))
  end

  def test_case_03
    assert_equal("1234", mask_card_number("1234", 4))
  end

  def test_case_04
    assert_equal("12", mask_card_number("12", 4))
  end

  def test_case_05
    assert_equal("", mask_card_number("", 4))
  end

  def test_case_06
    assert_equal("**** ****", mask_card_number("1234 5678", 0))
  end

  def test_case_07
    assert_equal("***4 5678", mask_card_number("1234 5678", 5))
  end

  def test_case_08
    assert_equal("*-*-9", mask_card_number("9-9-9", 1))
  end

  def test_case_09
    assert_equal("5555 5555", mask_card_number("5555 5555", 8))
  end

  def test_case_10
    assert_raises(ArgumentError) { mask_card_number("1234a", 2) }
  end

  def test_case_11
    assert_raises(ArgumentError) { mask_card_number("1234", -1) }
  end
end
