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

func TestDurationToSeconds(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := DurationToSeconds("1h30m")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 5400
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := DurationToSeconds("45s")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 45
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := DurationToSeconds("2d")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 172800
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := DurationToSeconds("1d2h3m4s")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 93784
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := DurationToSeconds("90m")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 5400
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := DurationToSeconds("0s")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 0
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := DurationToSeconds("007m")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 420
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := DurationToSeconds("1h1s")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 3601
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := DurationToSeconds("10h0m")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 36000
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := DurationToSeconds("100s")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 100
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := DurationToSeconds("3d59s")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want int = 259259
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := DurationToSeconds("30m1h"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := DurationToSeconds("1h30"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := DurationToSeconds("1h 30m"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
