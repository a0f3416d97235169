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

func TestRunPostfix(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := RunPostfix([]string{"3", "4", "+", "2", "*"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 14
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := RunPostfix([]string{"5", "dup", "*"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 25
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := RunPostfix([]string{"2", "10", "swap", "/"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 5
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := RunPostfix([]string{"-7", "2", "/"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = -3
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := RunPostfix([]string{"7", "-2", "/"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = -3
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := RunPostfix([]string{"42"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 42
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := RunPostfix([]string{"1", "2", "drop"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 1
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := RunPostfix([]string{"10", "3", "-", "dup", "dup", "*", "*"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 343
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := RunPostfix([]string{"-3", "-4", "*"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 12
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := RunPostfix([]string{"0", "5", "-"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = -5
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := RunPostfix([]string{"1", "2", "3", "drop", "swap", "-"})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 1
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := RunPostfix([]string{"1", "+"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := RunPostfix([]string{"4", "0", "/"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := RunPostfix([]string{"1", "2"}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
