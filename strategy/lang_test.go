package strategy

import (
	"reflect"
	"strings"
	"testing"
)

func TestTextIn(t *testing.T) {
	full := Text{En: "en", Nb: "nb", Nn: "nn"}
	tests := []struct {
		name string
		t    Text
		lang string
		want string
	}{
		{"en", full, LangEnglish, "en"},
		{"nb", full, LangBokmal, "nb"},
		{"nn", full, LangNynorsk, "nn"},
		{"unknown language", full, "sv", "en"},
		// The run-time fallbacks; Complete refuses both phrases.
		{"nn missing falls back to nb", Text{En: "en", Nb: "nb"}, LangNynorsk, "nb"},
		{"nn and nb missing fall back to en", Text{En: "en"}, LangNynorsk, "en"},
		{"nb missing falls back to en", Text{En: "en", Nn: "nn"}, LangBokmal, "en"},
	}
	for _, tt := range tests {
		if got := tt.t.In(tt.lang); got != tt.want {
			t.Errorf("%s: %+v.In(%q) = %q, want %q", tt.name, tt.t, tt.lang, got, tt.want)
		}
	}
}

func TestTextComplete(t *testing.T) {
	tests := []struct {
		t      Text
		ok     bool
		reason string
	}{
		{Text{En: "a %s", Nb: "b %s", Nn: "c %s"}, true, ""},
		{Text{En: "a", Nb: "b"}, false, "no nn text"},
		{Text{En: "a", Nn: "c"}, false, "no nb text"},
		{Text{En: "a", Nb: "b", Nn: " "}, false, "no nn text"},
		{Text{En: "%d of %d", Nb: "%d av %d", Nn: "%d av"}, false, "%d: en has 2, nb 2, nn 1"},
		{Text{En: "%q", Nb: "%s", Nn: "%q"}, false, "%s: en has 0, nb 1, nn 0"},
	}
	for _, tt := range tests {
		if ok, reason := tt.t.Complete(); ok != tt.ok || reason != tt.reason {
			t.Errorf("%+v.Complete() = %v, %q; want %v, %q", tt.t, ok, reason, tt.ok, tt.reason)
		}
	}
}

func TestNextLanguage(t *testing.T) {
	for _, tt := range []struct{ from, want string }{
		{LangEnglish, LangBokmal}, {LangBokmal, LangNynorsk}, {LangNynorsk, LangEnglish}, {"", LangEnglish}, {"sv", LangEnglish},
	} {
		if got := NextLanguage(tt.from); got != tt.want {
			t.Errorf("NextLanguage(%q) = %q, want %q", tt.from, got, tt.want)
		}
	}
}

// TestCatalogueComplete fails when a phrase of the strategy catalogue (the
// purposes, their help and measures, who may speak, the checklist's points
// and the adviser's rules) lacks a language or its languages take
// different format verbs. Nynorsk is required like bokmål: a phrase
// without it would show bokmål to a nynorsk reader.
func TestCatalogueComplete(t *testing.T) {
	check := func(where string, tx Text) {
		t.Helper()
		if ok, reason := tx.Complete(); !ok {
			t.Errorf("%s = %+v: %s", where, tx, reason)
		}
	}
	for _, p := range Purposes {
		check("Purposes["+p.ID+"].Name", p.Name)
		check("Purposes["+p.ID+"].Help", p.Help)
		for _, m := range p.Measures {
			check("Purposes["+p.ID+"].Measures", m)
		}
	}
	for _, s := range Spokespeople {
		check("Spokespeople["+s.ID+"]", s.Name)
	}
	for _, r := range Rules() {
		check("Rules["+r.ID+"].Reason", r.Reason)
	}
	for _, s := range Severities {
		for _, lang := range Languages[1:] {
			if s.Label(lang) == s.Label(LangEnglish) && lang != LangBokmal && s != Tip {
				t.Errorf("Severity(%q).Label(%q) = %q, the English", s, lang, s.Label(lang))
			}
		}
	}
	for _, p := range []*Plan{Example(LangEnglish), {Presence: PresenceNone}, {Presence: PresenceActive, Channels: []Channel{{ID: "blog"}}}} {
		for _, pt := range p.Points() {
			check("Points["+pt.Path+"]", pt.Name)
		}
	}
	for _, c := range Channels {
		if (c.NameNb == "") != (c.NameNn == "") {
			t.Errorf("Channels[%s]: NameNb = %q, NameNn = %q; want both or neither", c.ID, c.NameNb, c.NameNn)
		}
	}
}

// TestExampleEveryLanguage: each language's example is written in that
// language, and has the English example's shape.
func TestExampleEveryLanguage(t *testing.T) {
	shape := func(p *Plan) []int {
		return []int{len(p.Organisation.Audiences), len(p.Channels), len(p.Voice.Guidelines), len(p.Listening.Terms),
			len(p.Responses.Incident.Channels)}
	}
	en := Example(LangEnglish)
	for _, lang := range Languages {
		p := Example(lang)
		if p.Language != lang {
			t.Errorf("Example(%q).Language = %q", lang, p.Language)
		}
		if !reflect.DeepEqual(shape(p), shape(en)) {
			t.Errorf("Example(%q) has the shape %v, want the English example's %v", lang, shape(p), shape(en))
		}
	}
	nn := Example(LangNynorsk)
	all := strings.ToLower(strings.Join([]string{nn.Organisation.About, nn.Channels[0].Goal, nn.Channels[1].Cadence,
		nn.Voice.Tone, strings.Join(nn.Voice.Guidelines, " "), nn.Responses.Incident.HoldingStatement,
		nn.Responses.Incident.UpdateInterval, nn.Review.Cadence}, " "))
	for _, w := range []string{" ikke ", " hver ", " uke", " vet ", " kunder "} {
		if strings.Contains(" "+all+" ", w) {
			t.Errorf("Example(nn) has the bokmål %q: %s", w, all)
		}
	}
}
