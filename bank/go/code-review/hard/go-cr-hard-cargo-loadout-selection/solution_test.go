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

func TestChooseCargo(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := ChooseCargo([]int{3, 4, 5}, []int{30, 50, 60}, 8)
		var want []int = []int{0, 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := ChooseCargo([]int{2, 3, 5}, []int{10, 10, 20}, 5)
		var want []int = []int{0, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := ChooseCargo([]int{4, 1, 1, 1}, []int{9, 3, 3, 3}, 4)
		var want []int = []int{1, 2, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := ChooseCargo([]int{1, 2}, []int{5, 5}, 0)
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := ChooseCargo([]int{}, []int{}, 10)
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := ChooseCargo([]int{1, 1}, []int{0, 0}, 5)
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := ChooseCargo([]int{1, 2, 3}, []int{1, 2, 3}, 100)
		var want []int = []int{0, 1, 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := ChooseCargo([]int{5, 6}, []int{10, 10}, 4)
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := ChooseCargo([]int{3, 1, 2, 1, 2}, []int{6, 2, 4, 2, 4}, 5)
		var want []int = []int{0, 1, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := ChooseCargo([]int{3, 1, 2, 1, 2}, []int{6, 2, 4, 2, 4}, 4)
		var want []int = []int{0, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := ChooseCargo([]int{3, 1, 2, 1, 2}, []int{6, 2, 4, 2, 4}, 3)
		var want []int = []int{0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got := ChooseCargo([]int{9, 8, 7, 7, 4, 5, 5, 1, 1, 3, 8, 9}, []int{15, 11, 6, 8, 15, 14, 16, 15, 13, 17, 1, 9}, 25)
		var want []int = []int{0, 4, 6, 7, 8, 9}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		got := ChooseCargo([]int{3, 4, 1, 4, 3, 4, 2, 4, 4, 1, 3, 4, 3, 1}, []int{1, 3, 2, 1, 2, 1, 1, 1, 2, 3, 3, 1, 3, 1}, 11)
		var want []int = []int{2, 4, 9, 10, 12}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
