require 'minitest/autorun'
require_relative 'solution'

class SharedBusyTimeTest < Minitest::Test
  def test_case_01
    assert_equal(5, shared_busy_time([[0, 10]], [[5, 15]]))
  end
end
