require 'minitest/autorun'
require_relative 'solution'

class MaskCardNumberTest < Minitest::Test
  def test_case_01
    assert_equal("************1111", mask_card_number("4111111111111111", 4))
  end
end
