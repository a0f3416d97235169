require 'minitest/autorun'
require_relative 'solution'

class ConvertBaseTest < Minitest::Test
  def test_case_01
    assert_equal("ff", convert_base("255", 10, 16))
  end
end
