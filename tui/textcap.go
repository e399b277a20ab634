package tui

import (
	"reflect"
	"unsafe"

	"charm.land/huh/v2"
)

// spareLines is how many lines a text box keeps room for beyond those it
// holds; more grow it as a slice grows.
const spareLines = 8

// trimReserve gives a text box room for the lines it holds and a few more,
// and returns it.
//
// bubbles' textarea (v2.0.0 to at least v2.2.1; charm.land/bubbles issues
// #671 and #672) reserves room for 10,000 lines whenever it is made or
// given a value: 240 KB of line headers for each box, every one a pointer
// the garbage collector reads at every collection. On a workshop server
// with 200 participants on the organisation page, its two boxes were a
// quarter of the heap and of the collector's work. huh offers no way to
// the textarea, so trimReserve reaches it by reflection. bubbles' own code
// grows the lines when more are typed or pasted (it makes a larger grid
// when the room runs out).
//
// If huh's Text or bubbles' textarea no longer have these fields, it does
// nothing, and TestTrimReserve fails so that someone looks again; it can
// go once bubbles reserves no more than it needs.
func trimReserve(t *huh.Text) *huh.Text {
	if lines := textLinesOf(t); lines != nil && cap(*lines) > len(*lines)+spareLines {
		trimmed := make([][]rune, len(*lines), len(*lines)+spareLines)
		copy(trimmed, *lines)
		*lines = trimmed
	}
	return t
}

// textLinesOf returns the lines inside a huh text box, or nil when its
// fields are not as trimReserve knows them.
func textLinesOf(t *huh.Text) *[][]rune {
	ta := reflect.ValueOf(t).Elem().FieldByName("textarea")
	if !ta.IsValid() || ta.Kind() != reflect.Struct {
		return nil
	}
	v := ta.FieldByName("value")
	if !v.IsValid() || v.Type() != reflect.TypeFor[[][]rune]() {
		return nil
	}
	return (*[][]rune)(unsafe.Pointer(v.UnsafeAddr()))
}
