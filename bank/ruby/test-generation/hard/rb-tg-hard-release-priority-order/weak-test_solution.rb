require 'minitest/autorun'
require_relative 'solution'

class ReleaseOrderTest < Minitest::Test
  def test_case_01
    assert_equal(["build", "lint", "test", "deploy"], release_order({ "build" => 5, "deploy" => 9, "lint" => 4, "test" => 3 }, [["build", "test"], ["lint", "test"], ["test", "deploy"]]))
  end
end
