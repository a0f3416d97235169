require 'minitest/autorun'
require_relative 'solution'

class SplitCsvLineTest < Minitest::Test
  def test_case_01
    assert_equal(["a", "b", "c"], split_csv_line("a,b,c"))
  end
end
