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

func TestMaxBookingValue(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := MaxBookingValue([][]int{{1, 3, 50}, {3, 5, 20}, {6, 19, 100}, {2, 100, 200}})
		var want int = 200
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := MaxBookingValue([][]int{})
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := MaxBookingValue([][]int{{0, 10, 5}})
		var want int = 5
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := MaxBookingValue([][]int{{0, 2, 3}, {2, 4, 3}, {4, 6, 3}, {0, 6, 8}})
		var want int = 9
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := MaxBookingValue([][]int{{0, 5, 10}, {0, 2, 6}, {3, 5, 6}})
		var want int = 12
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := MaxBookingValue([][]int{{1, 2, 4}, {1, 2, 7}})
		var want int = 7
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := MaxBookingValue([][]int{{0, 1, 0}})
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := MaxBookingValue([][]int{{0, 100, 10}, {10, 20, 4}, {30, 40, 4}, {50, 60, 4}})
		var want int = 12
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := MaxBookingValue([][]int{{5, 9, 4}, {1, 9, 6}, {7, 9, 3}, {0, 5, 2}})
		var want int = 6
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := MaxBookingValue([][]int{{-10, -2, 3}, {-2, 4, 3}, {-5, 0, 5}})
		var want int = 6
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := MaxBookingValue([][]int{{15, 19, 13}, {32, 41, 4}, {32, 36, 25}, {17, 25, 4}, {35, 41, 11}, {25, 34, 19}, {34, 38, 4}, {38, 47, 22}, {9, 12, 4}, {36, 37, 25}, {2, 7, 25}, {19, 22, 4}, {17, 26, 22}, {22, 25, 14}, {10, 13, 22}, {3, 6, 21}})
		var want int = 150
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got := MaxBookingValue([][]int{{2, 6, 8}, {8, 9, 5}, {3, 6, 9}, {1, 5, 7}, {2, 5, 3}, {11, 12, 8}, {0, 1, 2}, {5, 8, 6}, {12, 13, 3}, {8, 10, 2}, {6, 10, 4}, {2, 4, 4}})
		var want int = 31
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
