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

func TestAssignRooms(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := AssignRooms([][]int{{0, 30}, {5, 10}, {15, 20}})
		var want []int = []int{0, 1, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := AssignRooms([][]int{})
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := AssignRooms([][]int{{1, 5}, {5, 9}})
		var want []int = []int{0, 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := AssignRooms([][]int{{0, 10}, {0, 5}, {0, 3}, {4, 8}, {6, 12}})
		var want []int = []int{0, 1, 2, 2, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := AssignRooms([][]int{{10, 20}, {0, 5}, {5, 10}})
		var want []int = []int{0, 0, 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := AssignRooms([][]int{{2, 4}, {2, 3}, {2, 5}})
		var want []int = []int{0, 1, 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := AssignRooms([][]int{{0, 4}, {0, 2}, {0, 3}, {5, 6}})
		var want []int = []int{0, 1, 2, 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := AssignRooms([][]int{{0, 10}, {0, 2}, {3, 4}})
		var want []int = []int{0, 1, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := AssignRooms([][]int{{-5, -1}, {-3, 0}, {-1, 2}})
		var want []int = []int{0, 1, 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := AssignRooms([][]int{{10, 15}, {1, 9}, {4, 5}, {15, 21}, {8, 16}, {6, 12}, {8, 15}, {9, 13}, {18, 19}, {13, 15}, {20, 25}, {15, 17}, {16, 22}, {15, 21}})
		var want []int = []int{4, 0, 1, 0, 2, 1, 3, 0, 1, 0, 1, 1, 2, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := AssignRooms([][]int{{5, 7}, {2, 3}, {0, 3}, {6, 7}, {6, 8}, {6, 9}, {4, 6}, {5, 6}, {4, 5}, {0, 2}})
		var want []int = []int{1, 1, 0, 0, 2, 3, 0, 2, 1, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
