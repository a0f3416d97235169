require 'minitest/autorun'
require_relative 'solution'

class HeadlineCaseTest < Minitest::Test
  def test_case_01
    assert_equal("The Lord of the Rings", headline_case("the lord of the rings"))
  end
end
