package solution

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func aibaasShow(value interface{}) string {
	return aibaasShowValue(reflect.ValueOf(value))
}

func aibaasShowValue(value reflect.Value) string {
	switch value.Kind() {
	case reflect.Invalid:
		return "nil"
	case reflect.Ptr, reflect.Interface:
		if value.IsNil() {
			return "nil"
		}
		return aibaasShowValue(value.Elem())
	case reflect.Slice, reflect.Array:
		parts := make([]string, value.Len())
		for i := range parts {
			parts[i] = aibaasShowValue(value.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Map:
		keys := make([]string, 0, value.Len())
		for _, key := range value.MapKeys() {
			keys = append(keys, key.String())
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, key := range keys {
			parts[i] = strconv.Quote(key) + ": " + aibaasShowValue(value.MapIndex(reflect.ValueOf(key)))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case reflect.String:
		return strconv.Quote(value.String())
	default:
		return fmt.Sprint(value.Interface())
	}
}

func aibaasPtr[T any](value T) *T {
	return &value
}

func TestTypoDistance(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := TypoDistance("form", "from", map[string]int{"delete": 1, "insert": 1, "replace": 1, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 1
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := TypoDistance("kitten", "sitting", map[string]int{"delete": 1, "insert": 1, "replace": 1, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 3
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := TypoDistance("", "abc", map[string]int{"delete": 3, "insert": 2, "replace": 4, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 6
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := TypoDistance("abc", "", map[string]int{"delete": 3, "insert": 2, "replace": 4, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 9
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := TypoDistance("ab", "ba", map[string]int{"delete": 1, "insert": 1, "replace": 1, "swap": 5})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 2
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := TypoDistance("cat", "cut", map[string]int{"delete": 1, "insert": 1, "replace": 5, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 2
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := TypoDistance("ca", "abc", map[string]int{"delete": 1, "insert": 1, "replace": 1, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 3
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := TypoDistance("same", "same", map[string]int{"delete": 1, "insert": 1, "replace": 1, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := TypoDistance("Abc", "abc", map[string]int{"delete": 1, "insert": 1, "replace": 1, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 1
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := TypoDistance("abcdef", "badcfe", map[string]int{"delete": 1, "insert": 1, "replace": 1, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 3
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := TypoDistance("xyz", "q", map[string]int{"delete": 0, "insert": 0, "replace": 0, "swap": 0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got, err := TypoDistance("recieve", "receive", map[string]int{"delete": 3, "insert": 3, "replace": 2, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 1
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		got, err := TypoDistance("algorithm", "logarithm", map[string]int{"delete": 2, "insert": 2, "replace": 3, "swap": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 5
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := TypoDistance("a", "b", map[string]int{"delete": 1, "insert": 1, "replace": 1}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_15", func(t *testing.T) {
		if _, err := TypoDistance("a", "b", map[string]int{"delete": -1, "insert": 1, "replace": 1, "swap": 1}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_16", func(t *testing.T) {
		if _, err := TypoDistance("a", "b", map[string]int{"copy": 0, "delete": 1, "insert": 1, "replace": 1, "swap": 1}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
