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

func TestCompactDuration(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := CompactDuration(3661)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1h 1m 1s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := CompactDuration(90061)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1d 1h 1m 1s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := CompactDuration(0)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "0s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := CompactDuration(59)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "59s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := CompactDuration(60)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1m"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := CompactDuration(3600)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1h"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := CompactDuration(86400)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1d"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := CompactDuration(86401)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1d 1s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := CompactDuration(7500)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "2h 5m"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := CompactDuration(1000000)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "11d 13h 46m 40s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := CompactDuration(3599)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "59m 59s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got, err := CompactDuration(172859)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "2d 59s"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := CompactDuration(-1); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := CompactDuration(-3600); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
