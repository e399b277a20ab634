package workshop

import (
	"reflect"
	"strings"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestMessagesEveryLanguage: every message a participant can be told has
// its bokmål and nynorsk, with the English format verbs, and the nynorsk
// has no bokmål word in it.
func TestMessagesEveryLanguage(t *testing.T) {
	v := reflect.ValueOf(msg)
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		m := v.Field(i).Interface().(strategy.Text)
		if ok, reason := m.Complete(); !ok {
			t.Errorf("msg.%s = %+v: %s", name, m, reason)
		}
		low := " " + strings.Join(strings.FieldsFunc(strings.ToLower(m.Nn), func(r rune) bool {
			return !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzæøåé", r)
		}), " ") + " "
		for _, w := range []string{"ikke", "hva", "hvem", "hvor", "noe", "dere", "fra", "navn", "lagret", "koble", "beklager", "ennå", "vinduet"} {
			if strings.Contains(low, " "+w+" ") {
				t.Errorf("msg.%s.Nn = %q has the bokmål %q", name, m.Nn, w)
			}
		}
	}
}
