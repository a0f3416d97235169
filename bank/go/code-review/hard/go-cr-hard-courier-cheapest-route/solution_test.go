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

func TestCheapestRoute(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := CheapestRoute(5, [][]int{{0, 1, 2}, {1, 4, 5}, {0, 2, 4}, {2, 4, 2}, {0, 3, 1}, {3, 4, 7}}, 0, 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 2, 4}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := CheapestRoute(4, [][]int{{0, 2, 1}, {2, 3, 1}, {0, 1, 1}, {1, 3, 1}}, 0, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 1, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := CheapestRoute(3, [][]int{{0, 1, 1}, {2, 1, 1}}, 0, 2)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := CheapestRoute(3, [][]int{{0, 1, 1}}, 1, 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := CheapestRoute(2, [][]int{{1, 0, 3}}, 0, 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := CheapestRoute(2, [][]int{{0, 1, 9}, {0, 1, 4}, {0, 1, 6}}, 0, 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := CheapestRoute(5, [][]int{{0, 4, 6}, {0, 1, 2}, {1, 2, 2}, {2, 4, 2}, {0, 3, 5}, {3, 4, 1}}, 0, 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 1, 2, 4}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := CheapestRoute(6, [][]int{{0, 1, 1}, {0, 2, 1}, {1, 5, 3}, {1, 3, 1}, {3, 5, 2}, {2, 4, 1}, {4, 5, 2}}, 0, 5)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 1, 3, 5}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := CheapestRoute(4, [][]int{{0, 1, 5}, {1, 3, 5}, {0, 2, 1}, {2, 3, 1}}, 0, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 2, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := CheapestRoute(4, [][]int{{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 2, 2}, {2, 1, 1}, {2, 3, 1}}, 0, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 1, 2, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := CheapestRoute(1, [][]int{}, 0, 0)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got, err := CheapestRoute(7, [][]int{{0, 1, 2}, {0, 2, 1}, {1, 3, 1}, {2, 3, 2}, {3, 6, 4}, {1, 4, 3}, {4, 6, 2}, {2, 5, 3}, {5, 6, 3}, {0, 6, 9}}, 0, 6)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{0, 1, 3, 6}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		got, err := CheapestRoute(8, [][]int{{1, 5, 3}, {1, 3, 3}, {6, 7, 3}, {7, 3, 1}, {1, 1, 2}, {1, 7, 1}, {7, 5, 1}, {6, 4, 2}, {5, 6, 3}, {1, 5, 1}, {4, 4, 2}, {2, 4, 1}, {5, 5, 2}, {6, 1, 2}, {7, 1, 2}, {7, 6, 3}, {4, 6, 3}, {7, 0, 3}, {3, 2, 1}, {1, 6, 2}, {2, 7, 1}, {1, 7, 3}, {7, 4, 3}, {6, 4, 3}}, 0, 6)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := CheapestRoute(2, [][]int{{0, 1, 0}}, 0, 1); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_15", func(t *testing.T) {
		if _, err := CheapestRoute(2, [][]int{{0, 2, 1}}, 0, 1); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_16", func(t *testing.T) {
		if _, err := CheapestRoute(2, [][]int{}, 0, 5); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
