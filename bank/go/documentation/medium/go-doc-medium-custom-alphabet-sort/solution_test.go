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

func TestSortByAlphabet(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"bca", "abc", "cab"}, "cba")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"cab", "bca", "abc"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"z", "a", "y"}, "y")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"y", "a", "z"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := SortByAlphabet([]string{}, "abc")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"b", "a"}, "")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"a", "b"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"ab", "a", "abc"}, "cba")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"a", "ab", "abc"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"Ab", "ab", "AB"}, "ba")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"ab", "Ab", "AB"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"dog", "cat", "dog"}, "dgoc")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"dog", "dog", "cat"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"a", ""}, "a")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"", "a"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"apple", "apply", "app"}, "ypl")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"app", "apply", "apple"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"b2", "b1", "b!"}, "b")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"b!", "b1", "b2"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := SortByAlphabet([]string{"zeta", "alpha", "zed"}, "zyxwvutsrqponmlkjihgfedcba")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want []string = []string{"zeta", "zed", "alpha"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := SortByAlphabet([]string{"a"}, "abca"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := SortByAlphabet([]string{}, "xx"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
