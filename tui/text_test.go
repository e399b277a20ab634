package tui

import (
	"github.com/socialstrategy/socialstrategy/strategy"
	"reflect"
	"testing"
)

// TestTextComplete fails when a phrase of the wizard lacks a language, or
// when its languages take different format verbs.
func TestTextComplete(t *testing.T) {
	v := reflect.ValueOf(text)
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		p := v.Field(i).Interface().(strategy.Text)
		if ok, reason := p.Complete(); !ok {
			t.Errorf("text.%s = %+v: %s", name, p, reason)
		}
		if p.En == p.Nb && len(p.En) > 12 {
			t.Errorf("text.%s is the same in English and bokmål: %q", name, p.En)
		}
	}
}
