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

func TestRisingChain(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := RisingChain([]int{5, 1, 6, 2, 7, 3, 8})
		var want []int = []int{1, 2, 3, 8}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := RisingChain([]int{})
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := RisingChain([]int{4, 4, 4})
		var want []int = []int{4}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := RisingChain([]int{9, 8, 7})
		var want []int = []int{7}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := RisingChain([]int{1, 2, 3})
		var want []int = []int{1, 2, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := RisingChain([]int{3, 1, 2, 4, 0, 5})
		var want []int = []int{1, 2, 4, 5}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := RisingChain([]int{-3, -1, -2, 0})
		var want []int = []int{-3, -2, 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := RisingChain([]int{1, 3, 3, 2, 4})
		var want []int = []int{1, 2, 4}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := RisingChain([]int{2, 1, 5, 3, 6, 4, 7})
		var want []int = []int{1, 3, 4, 7}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := RisingChain([]int{10, 20, 30, 1, 2})
		var want []int = []int{10, 20, 30}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := RisingChain([]int{7, 1, 8, 2, 9})
		var want []int = []int{1, 2, 9}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got := RisingChain([]int{-5, -13, 19, -18, 14, -3, 20, 2, -11, -20, 0, 17, 16, 11, -12, 14, -6, 10, 17, -12, 18, 12, -2, -15, 6, -10, -12, 17, -1, 12})
		var want []int = []int{-18, -11, 0, 11, 14, 17, 18}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		got := RisingChain([]int{52, 49, 19, 66, 25, 48, 1, 13, 49, 9, 6, 44, 82, 45, 98, 3, 3, 65, 60, 41, 87, 38, 57, 41, 15, 63, 59, 73, 79, 21, 19, 75, 66, 26, 55, 79, 43, 58, 76, 29})
		var want []int = []int{1, 6, 44, 45, 57, 59, 73, 75, 76}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
