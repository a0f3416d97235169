require 'minitest/autorun'
require_relative 'solution'

class SplitCsvLineTest < Minitest::Test
  def test_case_01
    assert_equal(["a", "b", "c"], split_csv_line("a,b,c"))
  end

  def test_case_02
    assert_equal(["x,y", "z"], split_csv_line("\"x,y\",z"))
  end

  def test_case_03
    assert_equal([""], split_csv_line(""))
  end

  def test_case_04
    assert_equal(["", ""], split_csv_line(","))
  end

  def test_case_05
    assert_equal(["say \"hi\"", "2"], split_csv_line("\"say \"\"hi\"\"\",2"))
  end

  def test_case_06
    assert_equal([" a ", " b "], split_csv_line(" a , b "))
  end

  def test_case_07
    assert_equal([""], split_csv_line("\"\""))
  end

  def test_case_08
    assert_equal(["a", "", "b"], split_csv_line("a,\"\",b"))
  end

  def test_case_09
    assert_equal(["ab\"c", "d"], split_csv_line("ab\"c,d"))
  end

  def test_case_10
    assert_equal(["", "", ""], split_csv_line("\"\",,"))
  end

  def test_case_11
    assert_equal(["a\"", "b"], split_csv_line("\"a\"\"\",b"))
  end

  def test_case_12
    assert_equal(["x", "multi, comma, field"], split_csv_line("x,\"multi, comma, field\""))
  end

  def test_case_13
    assert_equal([" \"a\""], split_csv_line(" \"a\""))
  end

  def test_case_14
    assert_raises(ArgumentError) { split_csv_line("\"abc") }
  end

  def test_case_15
    assert_raises(ArgumentError) { split_csv_line("\"ab\"c,d") }
  end

  def test_case_16
    assert_raises(ArgumentError) { split_csv_line("a,\"b") }
  end
end
