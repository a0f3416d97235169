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

func TestParseSettings(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := ParseSettings("a=1; b = two ;c=")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"a": "1", "b": "two", "c": ""}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := ParseSettings("x=1;x=2")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"x": "2"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := ParseSettings("")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := ParseSettings(" ; ;")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := ParseSettings("url=http://h/?q=1")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"url": "http://h/?q=1"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := ParseSettings("Name=A;name=B")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"Name": "A", "name": "B"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := ParseSettings("k = spaced value ")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"k": "spaced value"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := ParseSettings("a=1;;b=2;")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"a": "1", "b": "2"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := ParseSettings("  key  =  =  ")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"key": "="}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got, err := ParseSettings("empty=")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"empty": ""}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got, err := ParseSettings("mode=fast;level=3;mode=safe")
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want map[string]string = map[string]string{"level": "3", "mode": "safe"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		if _, err := ParseSettings("a=1;b"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_13", func(t *testing.T) {
		if _, err := ParseSettings("=5"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_14", func(t *testing.T) {
		if _, err := ParseSettings("a=1; =2"); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
