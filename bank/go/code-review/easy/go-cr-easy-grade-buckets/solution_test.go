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

func TestGradeBuckets(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := GradeBuckets([]int{95, 82, 71, 64, 12})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 1, "B": 1, "C": 1, "D": 1, "F": 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := GradeBuckets([]int{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 0, "B": 0, "C": 0, "D": 0, "F": 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := GradeBuckets([]int{100, 90, 89, 80})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 2, "B": 2, "C": 0, "D": 0, "F": 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := GradeBuckets([]int{79, 70, 69, 60, 59, 0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 0, "B": 0, "C": 2, "D": 2, "F": 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := GradeBuckets([]int{50, 50, 50})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 0, "B": 0, "C": 0, "D": 0, "F": 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := GradeBuckets([]int{0})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 0, "B": 0, "C": 0, "D": 0, "F": 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := GradeBuckets([]int{100})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 1, "B": 0, "C": 0, "D": 0, "F": 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := GradeBuckets([]int{88, 91, 77, 77, 61, 99, 35})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"A": 2, "B": 1, "C": 2, "D": 1, "F": 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		if _, err := GradeBuckets([]int{101}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_10", func(t *testing.T) {
		if _, err := GradeBuckets([]int{90, -1}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
