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

func TestCheapestSplit(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := CheapestSplit("catsand", map[string]int{"and": 2, "cat": 3, "cats": 4, "sand": 2})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"cat", "sand"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := CheapestSplit("", map[string]int{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := CheapestSplit("abc", map[string]int{"a": 1, "abc": 3, "b": 1, "c": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"abc"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := CheapestSplit("abcd", map[string]int{"a": 1, "ab": 1, "bcd": 1, "cd": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"a", "bcd"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := CheapestSplit("aaaa", map[string]int{"a": 0, "aa": 0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"aa", "aa"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := CheapestSplit("xyz", map[string]int{"x": 1, "xyz": 10, "y": 1, "z": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"x", "y", "z"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := CheapestSplit("penpineapple", map[string]int{"apple": 2, "pen": 1, "pine": 2, "pineapple": 3})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"pen", "pineapple"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := CheapestSplit("AB", map[string]int{"A": 1, "AB": 2, "B": 1, "a": 0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"AB"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := CheapestSplit("abab", map[string]int{"a": 1, "ab": 2, "aba": 2, "b": 1, "ba": 2, "bab": 2})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"a", "bab"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := CheapestSplit("Ab", map[string]int{"A": 1, "ab": 0, "b": 1})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"A", "b"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := CheapestSplit("ababbabaab", map[string]int{"a": 2, "ab": 3, "abb": 4, "b": 2, "ba": 3, "baa": 4, "bab": 5})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"ab", "ab", "ba", "ba", "ab"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := CheapestSplit("dog", map[string]int{"do": 1}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := CheapestSplit("abc", map[string]int{}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
