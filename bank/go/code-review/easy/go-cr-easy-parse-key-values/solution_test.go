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

func TestParseKeyValues(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := ParseKeyValues("a=1;b=2")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"a": 1, "b": 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := ParseKeyValues(" width = 40 ; height=-3 ")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"height": -3, "width": 40}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := ParseKeyValues("")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := ParseKeyValues("   ")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := ParseKeyValues("x=1;x=2")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"x": 2}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := ParseKeyValues("n=0")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"n": 0}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := ParseKeyValues("big=9007199254740991")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"big": 9007199254740991}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := ParseKeyValues("a b=5")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"a b": 5}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := ParseKeyValues("k=007;m=-10")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]int = map[string]int{"k": 7, "m": -10}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		if _, err := ParseKeyValues("a=1;b"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := ParseKeyValues("=5"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := ParseKeyValues("a=12x"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
