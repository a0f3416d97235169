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

func TestChunkList(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := ChunkList([]int{1, 2, 3, 4, 5, 6, 7}, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{1, 2, 3}, {4, 5, 6}, {7}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := ChunkList([]int{1, 2, 3, 4}, 2)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{1, 2}, {3, 4}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := ChunkList([]int{}, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := ChunkList([]int{5}, 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{5}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := ChunkList([]int{1, 2, 3}, 5)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{1, 2, 3}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := ChunkList([]int{1, 2, 3}, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{1, 2, 3}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := ChunkList([]int{1, 2, 3}, 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{1}, {2}, {3}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := ChunkList([]int{-1, 0, 1, 2}, 3)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{-1, 0, 1}, {2}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := ChunkList([]int{}, 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := ChunkList([]int{9, 9, 9, 9, 9}, 2)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want [][]int = [][]int{{9, 9}, {9, 9}, {9}}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := ChunkList([]int{1, 2}, 0); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := ChunkList([]int{}, -2); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := ChunkList([]int{1}, -1); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
