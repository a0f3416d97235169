import unittest

from solution import parse_csv


class ParseCsvTest(unittest.TestCase):
    def test_simple_records(self) -> None:
        self.assertEqual(parse_csv("a,b,c\n1,2,3"), [["a", "b", "c"], ["1", "2", "3"]])

    def test_empty_text_and_trailing_terminator(self) -> None:
        self.assertEqual(parse_csv(""), [])
        self.assertEqual(parse_csv("a\n"), [["a"]])
        self.assertEqual(parse_csv("a\r\n"), [["a"]])

    def test_empty_lines_and_empty_fields(self) -> None:
        self.assertEqual(parse_csv("a\n\nb"), [["a"], [""], ["b"]])
        self.assertEqual(parse_csv("\n"), [[""]])
        self.assertEqual(parse_csv("a,,b,"), [["a", "", "b", ""]])
        self.assertEqual(parse_csv(","), [["", ""]])

    def test_crlf_and_lone_cr(self) -> None:
        self.assertEqual(parse_csv("a,b\r\nc\rd,e\r\n"), [["a", "b"], ["c\rd", "e"]])

    def test_whitespace_is_preserved(self) -> None:
        self.assertEqual(parse_csv(" a , b\t"), [[" a ", " b\t"]])

    def test_ragged_records(self) -> None:
        self.assertEqual(parse_csv("a\nb,c,d\n,"), [["a"], ["b", "c", "d"], ["", ""]])

    def test_quoted_fields_with_delimiters_and_escaped_quotes(self) -> None:
        text = 'name,quote\r\nAda,"said ""hi"", then left"\r\n'
        self.assertEqual(
            parse_csv(text), [["name", "quote"], ["Ada", 'said "hi", then left']]
        )

    def test_quoted_field_with_newlines(self) -> None:
        text = 'id,note\n1,"line one\nline two\r\nline three"\n2,x'
        self.assertEqual(
            parse_csv(text),
            [["id", "note"], ["1", "line one\nline two\r\nline three"], ["2", "x"]],
        )

    def test_empty_and_quote_only_quoted_fields(self) -> None:
        self.assertEqual(parse_csv('"",""""\n'), [["", '"']])
        self.assertEqual(parse_csv('""'), [[""]])

    def test_custom_delimiter(self) -> None:
        self.assertEqual(parse_csv('a;"b;c";d,e\n', delimiter=";"), [["a", "b;c", "d,e"]])
        self.assertEqual(parse_csv("x\ty", delimiter="\t"), [["x", "y"]])

    def test_quote_inside_unquoted_field_raises(self) -> None:
        for text in ('ab"c', ' "a"', 'x,y"'):
            with self.assertRaises(ValueError, msg=text):
                parse_csv(text)

    def test_text_after_closing_quote_raises(self) -> None:
        for text in ('"ab"c', '"ab" ,x', 'x,"y"z\n'):
            with self.assertRaises(ValueError, msg=text):
                parse_csv(text)

    def test_unterminated_quote_raises(self) -> None:
        for text in ('"abc', 'a,"b\nc', '"a""'):
            with self.assertRaises(ValueError, msg=text):
                parse_csv(text)

    def test_invalid_delimiter_raises(self) -> None:
        for delimiter in ("", ";;", '"', "\n", "\r"):
            with self.assertRaises(ValueError, msg=repr(delimiter)):
                parse_csv("a", delimiter=delimiter)
