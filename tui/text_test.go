package tui

import (
	"github.com/socialstrategy/socialstrategy/strategy"
	"reflect"
	"strings"
	"testing"
)

// TestTextComplete fails when a phrase of the wizard lacks a language, or
// when its two languages take different format arguments.
func TestTextComplete(t *testing.T) {
	v := reflect.ValueOf(text)
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		p := v.Field(i).Interface().(strategy.Text)
		if p.En == "" || p.Nb == "" {
			t.Errorf("text.%s = %+v, want both en and nb", name, p)
		}
		if p.En == p.Nb && len(p.En) > 12 {
			t.Errorf("text.%s is the same in both languages: %q", name, p.En)
		}
		for _, verb := range []string{"%s", "%d"} {
			if strings.Count(p.En, verb) != strings.Count(p.Nb, verb) {
				t.Errorf("text.%s: en has %d %s, nb has %d", name, strings.Count(p.En, verb), verb, strings.Count(p.Nb, verb))
			}
		}
	}
}
