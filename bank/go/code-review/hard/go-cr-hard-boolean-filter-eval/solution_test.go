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

func TestEvaluateFilter(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := EvaluateFilter("a and not b", map[string]bool{"a": true, "b": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = true
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := EvaluateFilter("a or b and c", map[string]bool{"a": true, "b": false, "c": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = true
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := EvaluateFilter("(a or b) and c", map[string]bool{"a": true, "b": false, "c": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = false
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := EvaluateFilter("not not x", map[string]bool{"x": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = false
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := EvaluateFilter("true and false or true", map[string]bool{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = true
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := EvaluateFilter("not (a and b) or c", map[string]bool{"a": true, "b": true, "c": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = false
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := EvaluateFilter("TRUE", map[string]bool{"TRUE": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = false
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := EvaluateFilter("x_1 and _y", map[string]bool{"_y": true, "x_1": true})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = true
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := EvaluateFilter("not a and b", map[string]bool{"a": false, "b": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = false
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := EvaluateFilter("((flag))", map[string]bool{"flag": true})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = true
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := EvaluateFilter("a or b or c", map[string]bool{"a": false, "b": false, "c": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = false
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got, err := EvaluateFilter("false or not (p and (q or not r))", map[string]bool{"p": true, "q": false, "r": true, "unused": false})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want bool = true
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := EvaluateFilter("a or missing", map[string]bool{"a": true}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := EvaluateFilter("a and", map[string]bool{"a": true}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_15", func(t *testing.T) {
		if _, err := EvaluateFilter("(a or b", map[string]bool{"a": true, "b": true}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
