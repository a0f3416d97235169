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

func TestReleaseOrder(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"build": 5, "deploy": 9, "lint": 4, "test": 3}, [][]string{{"build", "test"}, {"lint", "test"}, {"test", "deploy"}})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"build", "lint", "test", "deploy"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"a": 1, "b": 1, "c": 2}, [][]string{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"c", "a", "b"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{}, [][]string{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"x": 1, "y": 10}, [][]string{{"x", "y"}})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"x", "y"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"a": 5, "b": 1, "c": 9, "d": 3}, [][]string{{"a", "c"}})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"a", "c", "d", "b"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"p": 1, "q": 2}, [][]string{{"p", "q"}, {"p", "q"}})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"p", "q"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"m": -1, "n": -5, "o": 0}, [][]string{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"o", "m", "n"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"Alpha": 2, "alpha": 2, "beta": 2}, [][]string{})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"Alpha", "alpha", "beta"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"join": 100, "left": 1, "right": 1, "root": 0}, [][]string{{"root", "left"}, {"root", "right"}, {"left", "join"}, {"right", "join"}})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"root", "left", "right", "join"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := ReleaseOrder(map[string]int{"t1": 3, "t2": 3, "t3": 7, "t4": 1, "t5": 7, "t6": 2, "t7": 9, "t8": 0}, [][]string{{"t4", "t7"}, {"t1", "t3"}, {"t6", "t5"}, {"t8", "t7"}, {"t2", "t6"}, {"t3", "t8"}})
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"t1", "t3", "t2", "t6", "t5", "t4", "t8", "t7"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := ReleaseOrder(map[string]int{"a": 1, "b": 1}, [][]string{{"a", "b"}, {"b", "a"}}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := ReleaseOrder(map[string]int{"a": 1}, [][]string{{"a", "a"}}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := ReleaseOrder(map[string]int{"a": 1}, [][]string{{"a", "z"}}); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
