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

func TestMergeStreams(t *testing.T) {
	t.Run("case_01", func(t *testing.T) {
		got := MergeStreams([][]string{{"1 boot", "5 ready"}, {"2 login", "5 logout"}})
		var want []string = []string{"0:boot", "1:login", "0:ready", "1:logout"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_02", func(t *testing.T) {
		got := MergeStreams([][]string{})
		var want []string = []string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_03", func(t *testing.T) {
		got := MergeStreams([][]string{{}, {}})
		var want []string = []string{}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_04", func(t *testing.T) {
		got := MergeStreams([][]string{{"3 c"}, {}, {"1 a", "3 b"}})
		var want []string = []string{"2:a", "0:c", "2:b"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_05", func(t *testing.T) {
		got := MergeStreams([][]string{{"4 x", "4 y"}, {"4 z"}})
		var want []string = []string{"0:x", "0:y", "1:z"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_06", func(t *testing.T) {
		got := MergeStreams([][]string{{"10 disk full warning"}, {"9 fan speed up"}})
		var want []string = []string{"1:fan speed up", "0:disk full warning"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_07", func(t *testing.T) {
		got := MergeStreams([][]string{{"9 nine"}, {"10 ten"}})
		var want []string = []string{"0:nine", "1:ten"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_08", func(t *testing.T) {
		got := MergeStreams([][]string{{"10 ten"}, {"9 nine"}})
		var want []string = []string{"1:nine", "0:ten"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_09", func(t *testing.T) {
		got := MergeStreams([][]string{{"0 start"}})
		var want []string = []string{"0:start"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_10", func(t *testing.T) {
		got := MergeStreams([][]string{{"2 b", "2 c"}, {"1 a", "2 d", "2 e"}, {"2 f"}})
		var want []string = []string{"1:a", "0:b", "0:c", "1:d", "1:e", "2:f"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_11", func(t *testing.T) {
		got := MergeStreams([][]string{{"0 s0e0", "17 s0e17", "21 s0e21"}, {"17 s1e17", "22 s1e22", "29 s1e29"}, {"12 s2e12", "17 s2e17", "21 s2e21"}, {"8 s3e8", "25 s3e25", "28 s3e28"}, {"0 s4e0", "4 s4e4", "7 s4e7"}, {"0 s5e0", "8 s5e8", "17 s5e17"}, {"8 s6e8", "13 s6e13", "15 s6e15"}, {"4 s7e4", "10 s7e10", "20 s7e20"}, {"2 s8e2", "18 s8e18", "26 s8e26"}, {"1 s9e1", "5 s9e5", "17 s9e17"}, {"20 s10e20", "26 s10e26", "27 s10e27"}, {"8 s11e8", "16 s11e16", "26 s11e26"}})
		var want []string = []string{"0:s0e0", "4:s4e0", "5:s5e0", "9:s9e1", "8:s8e2", "4:s4e4", "7:s7e4", "9:s9e5", "4:s4e7", "3:s3e8", "5:s5e8", "6:s6e8", "11:s11e8", "7:s7e10", "2:s2e12", "6:s6e13", "6:s6e15", "11:s11e16", "0:s0e17", "1:s1e17", "2:s2e17", "5:s5e17", "9:s9e17", "8:s8e18", "7:s7e20", "10:s10e20", "0:s0e21", "2:s2e21", "1:s1e22", "3:s3e25", "8:s8e26", "10:s10e26", "11:s11e26", "10:s10e27", "3:s3e28", "1:s1e29"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
	t.Run("case_12", func(t *testing.T) {
		got := MergeStreams([][]string{{"4 ev0", "5 ev1"}, {"0 ev0", "5 ev1"}, {}, {"3 ev0"}})
		var want []string = []string{"1:ev0", "3:ev0", "0:ev0", "0:ev1", "1:ev1"}
		if aibaasShow(got) != aibaasShow(want) {
			t.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))
		}
	})
}
