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

func TestTruncateText(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := TruncateText("Hello, world", 8)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "Hello..."
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := TruncateText("short", 10)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "short"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := TruncateText("", 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = ""
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := TruncateText("abc", 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "abc"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := TruncateText("abcd", 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "..."
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := TruncateText("abcdef", 5)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "ab..."
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := TruncateText("exact", 5)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "exact"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := TruncateText("exactly", 6)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "exa..."
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := TruncateText("  spaced  ", 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = " ..."
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := TruncateText("a", 100)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "a"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := TruncateText("abc", 2); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := TruncateText("", 0); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := TruncateText("x", -1); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
