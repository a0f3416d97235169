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

func TestDispatchJobs(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := DispatchJobs([][]int{{0, 3, 1}, {1, 2, 5}, {2, 1, 9}})
		var want [][]int = [][]int{{0, 0, 3}, {2, 3, 4}, {1, 4, 6}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := DispatchJobs([][]int{})
		var want [][]int = [][]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := DispatchJobs([][]int{{5, 2, 1}})
		var want [][]int = [][]int{{0, 5, 7}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := DispatchJobs([][]int{{0, 1, 1}, {0, 1, 1}, {0, 1, 1}})
		var want [][]int = [][]int{{0, 0, 1}, {1, 1, 2}, {2, 2, 3}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := DispatchJobs([][]int{{2, 1, 3}, {0, 5, 0}, {1, 1, 3}})
		var want [][]int = [][]int{{1, 0, 5}, {2, 5, 6}, {0, 6, 7}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := DispatchJobs([][]int{{10, 2, 1}, {10, 2, 4}, {3, 1, 0}})
		var want [][]int = [][]int{{2, 3, 4}, {1, 10, 12}, {0, 12, 14}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := DispatchJobs([][]int{{0, 2, 0}, {2, 1, 5}, {3, 1, 9}})
		var want [][]int = [][]int{{0, 0, 2}, {1, 2, 3}, {2, 3, 4}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := DispatchJobs([][]int{{0, 1, -5}, {0, 1, -1}})
		var want [][]int = [][]int{{1, 0, 1}, {0, 1, 2}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := DispatchJobs([][]int{{4, 2, 2}, {0, 6, 1}, {1, 1, 7}, {4, 3, 2}, {20, 1, 0}})
		var want [][]int = [][]int{{1, 0, 6}, {2, 6, 7}, {0, 7, 9}, {3, 9, 12}, {4, 20, 21}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := DispatchJobs([][]int{{1, 2, 1}, {23, 4, 2}, {25, 2, 2}, {10, 2, 2}, {11, 4, 3}, {17, 4, 2}, {6, 2, 3}, {4, 4, 0}, {11, 5, 3}, {25, 1, 1}})
		var want [][]int = [][]int{{0, 1, 3}, {7, 4, 8}, {6, 8, 10}, {3, 10, 12}, {4, 12, 16}, {8, 16, 21}, {5, 21, 25}, {1, 25, 29}, {2, 29, 31}, {9, 31, 32}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := DispatchJobs([][]int{{1, 2, 0}, {8, 3, 0}, {2, 3, -2}, {0, 3, -1}, {4, 3, -2}, {6, 2, 2}, {8, 3, -1}, {8, 1, -2}, {2, 3, 1}, {5, 3, 0}, {4, 1, 2}, {3, 1, 0}})
		var want [][]int = [][]int{{3, 0, 3}, {8, 3, 6}, {10, 6, 7}, {5, 7, 9}, {0, 9, 11}, {11, 11, 12}, {9, 12, 15}, {1, 15, 18}, {6, 18, 21}, {2, 21, 24}, {4, 24, 27}, {7, 27, 28}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
