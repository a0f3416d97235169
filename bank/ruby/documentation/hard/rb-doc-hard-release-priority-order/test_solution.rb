require 'minitest/autorun'
require_relative 'solution'

class ReleaseOrderTest < Minitest::Test
  def test_case_01
    assert_equal(["build", "lint", "test", "deploy"], release_order({ "build" => 5, "deploy" => 9, "lint" => 4, "test" => 3 }, [["build", "test"], ["lint", "test"], ["test", "deploy"]]))
  end

  def test_case_02
    assert_equal(["c", "a", "b"], release_order({ "a" => 1, "b" => 1, "c" => 2 }, []))
  end

  def test_case_03
    assert_equal([], release_order({}, []))
  end

  def test_case_04
    assert_equal(["x", "y"], release_order({ "x" => 1, "y" => 10 }, [["x", "y"]]))
  end

  def test_case_05
    assert_equal(["a", "c", "d", "b"], release_order({ "a" => 5, "b" => 1, "c" => 9, "d" => 3 }, [["a", "c"]]))
  end

  def test_case_06
    assert_equal(["p", "q"], release_order({ "p" => 1, "q" => 2 }, [["p", "q"], ["p", "q"]]))
  end

  def test_case_07
    assert_equal(["o", "m", "n"], release_order({ "m" => -1, "n" => -5, "o" => 0 }, []))
  end

  def test_case_08
    assert_equal(["Alpha", "alpha", "beta"], release_order({ "Alpha" => 2, "alpha" => 2, "beta" => 2 }, []))
  end

  def test_case_09
    assert_equal(["root", "left", "right", "join"], release_order({ "join" => 100, "left" => 1, "right" => 1, "root" => 0 }, [["root", "left"], ["root", "right"], ["left", "join"], ["right", "join"]]))
  end

  def test_case_10
    assert_equal(["t1", "t3", "t2", "t6", "t5", "t4", "t8", "t7"], release_order({ "t1" => 3, "t2" => 3, "t3" => 7, "t4" => 1, "t5" => 7, "t6" => 2, "t7" => 9, "t8" => 0 }, [["t4", "t7"], ["t1", "t3"], ["t6", "t5"], ["t8", "t7"], ["t2", "t6"], ["t3", "t8"]]))
  end

  def test_case_11
    assert_raises(ArgumentError) { release_order({ "a" => 1, "b" => 1 }, [["a", "b"], ["b", "a"]]) }
  end

  def test_case_12
    assert_raises(ArgumentError) { release_order({ "a" => 1 }, [["a", "a"]]) }
  end

  def test_case_13
    assert_raises(ArgumentError) { release_order({ "a" => 1 }, [["a", "z"]]) }
  end
end
