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

func TestFreeSlots(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := FreeSlots([][]int{{9, 10}, {12, 13}}, 8, 17, 1)
		var want [][]int = [][]int{{8, 9}, {10, 12}, {13, 17}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := FreeSlots([][]int{{2, 4}, {3, 6}}, 0, 10, 2)
		var want [][]int = [][]int{{0, 2}, {6, 10}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := FreeSlots([][]int{}, 0, 10, 1)
		var want [][]int = [][]int{{0, 10}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := FreeSlots([][]int{}, 0, 10, 11)
		var want [][]int = [][]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := FreeSlots([][]int{{0, 5}, {5, 10}}, 0, 10, 1)
		var want [][]int = [][]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := FreeSlots([][]int{{5, 6}, {1, 2}}, 0, 8, 1)
		var want [][]int = [][]int{{0, 1}, {2, 5}, {6, 8}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := FreeSlots([][]int{{-5, 3}, {7, 20}}, 0, 10, 1)
		var want [][]int = [][]int{{3, 7}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := FreeSlots([][]int{{1, 2}, {4, 5}}, 0, 6, 2)
		var want [][]int = [][]int{{2, 4}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := FreeSlots([][]int{{20, 30}}, 0, 10, 1)
		var want [][]int = [][]int{{0, 10}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := FreeSlots([][]int{{0, 10}}, 2, 8, 1)
		var want [][]int = [][]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := FreeSlots([][]int{{1, 9}, {2, 3}}, 0, 10, 1)
		var want [][]int = [][]int{{0, 1}, {9, 10}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got := FreeSlots([][]int{{3, 4}, {3, 4}, {6, 7}}, 3, 7, 1)
		var want [][]int = [][]int{{4, 6}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		got := FreeSlots([][]int{{100, 130}, {60, 90}, {150, 160}, {85, 100}}, 60, 180, 15)
		var want [][]int = [][]int{{130, 150}, {160, 180}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
