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

func TestBreakCost(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := BreakCost([]string{"aaa", "bb", "cc", "ddddd"}, 6)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 10
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := BreakCost([]string{}, 5)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := BreakCost([]string{"hello"}, 5)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := BreakCost([]string{"a", "b", "c"}, 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := BreakCost([]string{"ab", "cd"}, 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 4
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := BreakCost([]string{"one", "two"}, 20)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := BreakCost([]string{"xx", "xxxxx", "xx", "xxxxxx"}, 10)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 4
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := BreakCost([]string{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"}, 12)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 22
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := BreakCost([]string{"a", "bb", "ccc", "dddd", "eeeee", "f"}, 7)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 34
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := BreakCost([]string{"aaaa", "b", "b", "aaaa"}, 7)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 1
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := BreakCost([]string{"toolongword"}, 5); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := BreakCost([]string{"ok", "fine", "x"}, 0); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
