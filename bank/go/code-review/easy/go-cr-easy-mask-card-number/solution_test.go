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

func TestMaskCardNumber(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got, err := MaskCardNumber("4111111111111111", 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "************1111"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got, err := MaskCardNumber("4111-1111-1111-1234", 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "****-****-****-1234"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got, err := MaskCardNumber("1234", 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "1234"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got, err := MaskCardNumber("12", 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "12"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got, err := MaskCardNumber("", 4)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = ""
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got, err := MaskCardNumber("1234 5678", 0)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "**** ****"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got, err := MaskCardNumber("1234 5678", 5)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "***4 5678"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got, err := MaskCardNumber("9-9-9", 1)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "*-*-9"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got, err := MaskCardNumber("5555 5555", 8)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		var want string = "5555 5555"
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		if _, err := MaskCardNumber("1234a", 2); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
	t.Run("case_11", func(t *testing.T) {
		if _, err := MaskCardNumber("1234", -1); err == nil {
			t.Fatal("expected an error, got nil")
		}
	})
}
