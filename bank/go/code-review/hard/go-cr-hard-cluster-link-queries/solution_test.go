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

func TestClusterQueries(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := ClusterQueries(5, []string{"link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count"})
		var want []int = []int{1, 0, 3, 3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := ClusterQueries(3, []string{"count"})
		var want []int = []int{3}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := ClusterQueries(1, []string{"same 0 0", "size 0", "count"})
		var want []int = []int{1, 1, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := ClusterQueries(4, []string{"link 0 1", "link 1 0", "link 0 1", "count", "size 1"})
		var want []int = []int{3, 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := ClusterQueries(2, []string{"link 1 1", "count", "size 1"})
		var want []int = []int{2, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := ClusterQueries(6, []string{"link 0 1", "link 2 3", "link 4 5", "same 0 3", "link 1 2", "same 0 3", "size 3", "count", "link 3 5", "size 0", "count"})
		var want []int = []int{0, 1, 4, 2, 6, 1}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := ClusterQueries(4, []string{})
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := ClusterQueries(3, []string{"link 0 1"})
		var want []int = []int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := ClusterQueries(12, []string{"link 10 11", "same 11 10", "size 10", "count"})
		var want []int = []int{1, 2, 11}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := ClusterQueries(10, []string{"link 9 8", "link 7 6", "link 8 6", "size 7", "same 9 7", "link 0 5", "link 5 9", "size 0", "count", "same 1 2", "link 2 1", "link 3 4", "link 4 2", "size 3", "link 1 0", "count", "size 6"})
		var want []int = []int{4, 1, 6, 5, 0, 4, 1, 10}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := ClusterQueries(8, []string{"link 0 1", "link 2 3", "link 4 5", "link 6 7", "count", "link 1 2", "link 5 6", "count", "size 4", "link 3 4", "same 0 7", "size 0"})
		var want []int = []int{4, 2, 4, 1, 8}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
