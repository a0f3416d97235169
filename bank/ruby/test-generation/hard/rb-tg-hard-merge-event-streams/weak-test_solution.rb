require 'minitest/autorun'
require_relative 'solution'

class MergeStreamsTest < Minitest::Test
  def test_case_01
    assert_equal(["0:boot", "1:login", "0:ready", "1:logout"], merge_streams([["1 boot", "5 ready"], ["2 login", "5 logout"]]))
  end
end
