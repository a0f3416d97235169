require 'minitest/autorun'
require_relative 'solution'

class DispatchJobsTest < Minitest::Test
  def test_case_01
    assert_equal([[0, 0, 3], [2, 3, 4], [1, 4, 6]], dispatch_jobs([[0, 3, 1], [1, 2, 5], [2, 1, 9]]))
  end
end
